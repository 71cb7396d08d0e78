package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.proposals.domain.intake.ItemKind;
import cn.huiyin.proposals.domain.intake.Proposer;
import cn.huiyin.proposals.domain.intake.ProposerKind;
import cn.huiyin.proposals.domain.intake.ProposerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The district's registry of deputies and members: search, create, and resolving the proposers
 * of an item (pick existing or create), each in a transaction bound to the district.
 */
@ApplicationScoped
public class Proposers {

    /** A Keycloak username as the realm allows it. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");

    public record Resolved(Proposer lead, List<Proposer> coSigners) {
    }

    @Inject
    Districts districts;

    @Inject
    TenantWork work;

    @Inject
    ProposerRegistry registry;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Proposer> search(String text, ProposerKind kind, int limit) {
        District d = districts.current();
        return work.in(d.alias(), () -> registry.search(text, kind, limit));
    }

    /** A new proposer, or the registry's one of that name and kind (completed with group and account). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Proposer create(ProposerKind kind, String name, String group, String username) {
        District d = districts.current();
        ProposerChoice choice = ProposerChoice.named(name, group, username);
        check(choice);
        return work.in(d.alias(), () -> findOrCreate(d.alias(), kind, choice));
    }

    /** Proposer ids of the district by id, in order; unknown ids are left out. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Proposer> byIds(String district, List<Long> ids) {
        return work.in(district, () -> registry.byIds(ids));
    }

    /**
     * The item's lead proposer and co-signers, created where new; in the district's own
     * transaction (a later failure of the item keeps them: they are the district's people anyway).
     */
    public Resolved resolve(District d, ItemKind itemKind, ProposerChoice lead, List<ProposerChoice> coSigners) {
        check(lead);
        coSigners.forEach(Proposers::check);
        ProposerKind kind = ProposerKind.of(itemKind);
        return work.in(d.alias(), () -> {
            Proposer first = pick(d.alias(), kind, lead);
            Map<Long, Proposer> others = new LinkedHashMap<>();
            for (ProposerChoice c : coSigners) {
                Proposer p = pick(d.alias(), kind, c);
                if (!p.getId().equals(first.getId())) {
                    others.putIfAbsent(p.getId(), p);
                }
            }
            return new Resolved(first, new ArrayList<>(others.values()));
        });
    }

    private Proposer pick(String district, ProposerKind kind, ProposerChoice c) {
        if (c.id() != null) {
            Proposer p = registry.find(c.id()).orElseThrow(() -> UseCaseException.invalid("unknown-proposer",
                    "No proposer " + c.id() + " in your district's registry."));
            if (p.kind() != kind) {
                throw UseCaseException.invalid("proposer-kind", p.getName() + " is a " + p.getKind()
                        + "; a " + (kind == ProposerKind.DEPUTY ? "suggestion is proposed by deputies" : "proposal is proposed by members") + ".");
            }
            return p;
        }
        return findOrCreate(district, kind, c);
    }

    private Proposer findOrCreate(String district, ProposerKind kind, ProposerChoice c) {
        String name = c.name().strip();
        String group = blankToNull(c.group());
        String username = blankToNull(c.username());
        return registry.byName(kind, name).map(p -> {
            if (p.complete(group, username)) {
                audit.record("proposer.completed", district, "proposer:" + p.getId(), null, p.getName());
            }
            return p;
        }).orElseGet(() -> {
            Proposer p = registry.add(new Proposer(name, kind, group, group, username));
            audit.record("proposer.created", district, "proposer:" + p.getId(), null, kind.code() + " " + name);
            return p;
        });
    }

    static void check(ProposerChoice c) {
        if (c == null || (c.id() == null && (c.name() == null || c.name().isBlank()))) {
            throw UseCaseException.invalid("missing-proposer", "Name a proposer or pick one from the registry.");
        }
        if (c.name() != null && c.name().strip().length() > 100 || c.group() != null && c.group().strip().length() > 100) {
            throw UseCaseException.invalid("too-long", "A proposer's name and 代表团/界别 have at most 100 characters.");
        }
        if (c.username() != null && !c.username().isBlank() && !USERNAME.matcher(c.username().strip()).matches()) {
            throw UseCaseException.invalid("bad-username", "'" + c.username() + "' is no account name.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
