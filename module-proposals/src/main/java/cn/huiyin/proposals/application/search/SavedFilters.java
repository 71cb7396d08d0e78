package cn.huiyin.proposals.application.search;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.SavedFilter;
import cn.huiyin.proposals.domain.SavedFilterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The caller's own saved filters of the item list. Personal: another person's filter (even in
 * the same agency) answers like a missing one. The query is checked by the list's own parser and
 * stored in its canonical form, so a saved filter always opens.
 */
@ApplicationScoped
@Transactional
public class SavedFilters {

    public static final int MAX_NAME = 60;
    public static final int MAX_PER_PERSON = 50;

    @Inject
    SavedFilterRepository filters;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public List<SavedFilter> mine() {
        return filters.of(me());
    }

    /**
     * @throws UseCaseException {@code bad-name} / {@code bad-filter} (400), {@code saved-filter-exists},
     *                          {@code too-many-filters} (409)
     */
    public SavedFilter save(String name, String query) {
        String owner = me();
        String n = checkName(name);
        String q = ItemFilter.parseQuery(query).toQuery();
        if (filters.findByName(owner, n).isPresent()) {
            throw nameTaken(n);
        }
        if (filters.of(owner).size() >= MAX_PER_PERSON) {
            throw UseCaseException.conflict("too-many-filters", "You have " + MAX_PER_PERSON + " saved filters already; delete one first.");
        }
        SavedFilter f = filters.add(new SavedFilter(owner, n, q, Instant.now(clock)));
        filters.flush();
        return f;
    }

    /** @throws UseCaseException also {@code not-found} (404) and {@code stale-version} (409) */
    public SavedFilter change(long id, long version, String name, String query) {
        String owner = me();
        String n = checkName(name);
        String q = ItemFilter.parseQuery(query).toQuery();
        SavedFilter f = filters.find(owner, id).orElseThrow(() -> UseCaseException.notFound("Saved filter " + id));
        if (f.getVersion() != version) {
            throw stale();
        }
        if (!f.getName().equals(n) && filters.findByName(owner, n).isPresent()) {
            throw nameTaken(n);
        }
        f.change(n, q);
        try {
            filters.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
        return f;
    }

    public void delete(long id) {
        filters.remove(filters.find(me(), id).orElseThrow(() -> UseCaseException.notFound("Saved filter " + id)));
    }

    private String me() {
        return caller.require().username();
    }

    static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.codePointCount(0, n.length()) > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw UseCaseException.invalid("bad-name", "A saved filter needs a name of 1 to " + MAX_NAME + " characters.");
        }
        return n;
    }

    private static UseCaseException nameTaken(String name) {
        return UseCaseException.conflict("saved-filter-exists", "You have a saved filter named '" + name + "' already.");
    }

    private static UseCaseException stale() {
        return UseCaseException.conflict("stale-version", "This saved filter was changed in the meantime; reload and try again.");
    }
}
