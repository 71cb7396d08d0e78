package cn.huiyin.proposals.application.search;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.proposals.application.ItemTransitions;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.proposals.domain.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The agency's item list with filters, and the caller's inbox (我的待办). Reads only. */
@ApplicationScoped
@Transactional
public class ItemSearch {

    public record Page(List<ItemRow> items, int page, int size, long total, LocalDate today) {
    }

    @Inject
    ItemSearchRepository rows;

    @Inject
    CurrentCaller caller;

    @Inject
    ItemTransitions transitions;

    @Inject
    Clock clock;

    public Page list(ItemFilter filter) {
        LocalDate today = today();
        return new Page(rows.find(filter, null, today), filter.page(), filter.size(), rows.count(filter, null, today), today);
    }

    public long count(ItemFilter filter) {
        return rows.count(filter, null, today());
    }

    /**
     * Items waiting for the caller, nearest deadline first (overdue at the top, items without a
     * deadline last): those in a state where the caller's roles have an action, and — unless they
     * supervise the whole agency (supervisor, agency admin) — that they handle or lead.
     */
    public Page inbox(int page, int size) {
        Caller who = caller.require();
        Set<String> roles = transitions.actingRoles();
        List<String> actionable = actionableStates(roles);
        if (actionable.isEmpty()) {
            return new Page(List.of(), page, size, 0, today());
        }
        ItemFilter filter = new ItemFilter(actionable, null, null, null, null, null, null, null, null, null, null,
                ItemSort.DEADLINE, false, page, size);
        String assignee = seesWholeAgency(roles) ? null : who.username();
        LocalDate today = today();
        return new Page(rows.find(filter, assignee, today), page, size, rows.count(filter, assignee, today), today);
    }

    public ItemRow row(long id) {
        return rows.row(id).orElseThrow(() -> UseCaseException.notFound("Item " + id));
    }

    public List<ItemSearchRepository.UnitOption> units() {
        return rows.units();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static List<String> actionableStates(Set<String> roles) {
        return Arrays.stream(ItemState.values()).filter(s -> !Workflow.available(s, roles).isEmpty())
                .map(ItemState::code).toList();
    }

    static boolean seesWholeAgency(Set<String> roles) {
        return roles.contains(Roles.SUPERVISOR) || roles.contains(Roles.AGENCY_ADMIN);
    }
}
