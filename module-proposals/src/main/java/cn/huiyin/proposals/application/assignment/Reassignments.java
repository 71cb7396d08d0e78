package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.application.ItemRegistered;
import cn.huiyin.proposals.application.ItemTransitioned;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.assignment.AssignmentRepository;
import cn.huiyin.proposals.domain.workflow.ItemAction;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.proposals.domain.workflow.TransitionRefused;
import cn.huiyin.proposals.domain.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * District oversight decides the reassignment requests (申请改办) of its own district's agencies.
 * Approved: the item ends in its agency as {@code reassigned_away} (out of the "assigned"
 * denominator) and a new item starts in the new lead agency as {@code assigned} on today's date —
 * deadlines restart ({@link ItemRegistered}); both point at each other and both histories say so.
 * Rejected (reason required): the item is {@code assigned} again in its agency. One transaction
 * per agency, each bound to it; the old item's version guards both decisions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Reassignments {

    public static final String ARRIVED_ACTION = "reassigned_in";

    /** A pending request as oversight sees it. */
    public record Pending(String agency, String agencyNameZh, String agencyNameEn, long itemId, String number, String title,
                          String proposer, LocalDate assignedOn, long version, String requestedBy, Instant requestedAt,
                          String reason) {
    }

    @Inject
    OversightScope scope;

    @Inject
    AgencyTransactions agencies;

    @Inject
    ProposalItemRepository items;

    @Inject
    AssignmentRepository assignments;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ItemTransitioned> transitioned;

    @Inject
    Event<ItemRegistered> registered;

    /** Every pending request of the district, oldest assignment first. */
    public List<Pending> pending() {
        List<Pending> all = new ArrayList<>();
        for (Organization a : scope.agencies()) {
            all.addAll(agencies.inAgency(a.getAlias(), () -> assignments.inState(ItemState.REASSIGNMENT_REQUESTED.code(), 200)
                    .stream().map(i -> {
                        ItemHistoryEntry request = items.history(i.getId()).stream()
                                .filter(h -> h.getAction().equals(ItemAction.REQUEST_REASSIGNMENT.code()))
                                .reduce((x, y) -> y).orElse(null);
                        return new Pending(a.getAlias(), a.getNameZh(), a.getNameEn(), i.getId(), i.getNumber(), i.getTitle(),
                                i.getProposer(), i.getAssignedOn(), i.getVersion(),
                                request == null ? null : request.getActor(), request == null ? null : request.getAt(),
                                request == null ? null : request.getReason());
                    }).toList()));
        }
        all.sort(Comparator.comparing(Pending::assignedOn).thenComparing(Pending::itemId));
        return all;
    }

    /**
     * @return the new item in {@code newAgency}
     * @throws UseCaseException 404 (item, agency outside the district), 400 {@code same-agency},
     *         409 {@code stale-version} / {@code state-forbids} / {@code number-exists}
     */
    public ProposalItem approve(String agency, long itemId, long version, String newAgency) {
        scope.agency(agency);
        if (newAgency == null || newAgency.isBlank()) {
            throw UseCaseException.invalid("agency-required", "Name the new lead agency.");
        }
        scope.agency(newAgency);
        if (agency.equals(newAgency)) {
            throw UseCaseException.invalid("same-agency", "The new lead agency must be another agency.");
        }
        Caller who = caller.require();
        // checked first, so that nothing is created for a request that cannot be approved
        ProposalItem old = agencies.inAgency(agency, () -> {
            ProposalItem i = current(itemId, version);
            check(i, ItemAction.APPROVE_REASSIGNMENT, who, null);
            return i;
        });
        agencies.inAgency(newAgency, () -> {
            if (assignments.numberTaken(old.getSession(), old.getNumber())) {
                throw UseCaseException.conflict("number-exists", "The new lead agency has an item " + old.getNumber()
                        + " of " + old.getSession() + " already.");
            }
            return null;
        });
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        String request = agencies.inAgency(agency, () -> {
            ProposalItem i = current(itemId, version);
            ItemHistoryEntry entry = apply(i, ItemAction.APPROVE_REASSIGNMENT, who, "→ " + newAgency, now);
            items.flush();
            items.addHistory(entry);
            audit.record("item." + ItemAction.APPROVE_REASSIGNMENT.code(), agency, "item:" + itemId, entry.getFromState(),
                    entry.getToState() + " → " + newAgency);
            transitioned.fire(new ItemTransitioned(agency, itemId, ItemAction.APPROVE_REASSIGNMENT.code(),
                    entry.getFromState(), entry.getToState()));
            return items.history(itemId).stream().filter(h -> h.getAction().equals(ItemAction.REQUEST_REASSIGNMENT.code()))
                    .map(ItemHistoryEntry::getReason).reduce((x, y) -> y).orElse("");
        });
        ProposalItem successor = agencies.inAgency(newAgency, () -> {
            ProposalItem next = assignments.add(ProposalItem.successorOf(old, agency, today));
            assignments.flush();
            items.addHistory(new ItemHistoryEntry(next.getId(), now, who.username(), ARRIVED_ACTION, ItemState.ASSIGNED.code(),
                    ItemState.ASSIGNED.code(), agency + " #" + itemId + ": " + request));
            audit.record("item." + ARRIVED_ACTION, newAgency, "item:" + next.getId(), agency + "/" + itemId, ItemState.ASSIGNED.code());
            registered.fire(new ItemRegistered(newAgency, next.getId(), today, next.isKeyItem()));
            return next;
        });
        agencies.inAgency(agency, () -> {
            items.find(itemId).orElseThrow().reassignedTo(newAgency, successor.getId());
            items.flush();
            return null;
        });
        return successor;
    }

    /** @throws UseCaseException 404, 400 {@code reason-required}, 409 {@code stale-version} / {@code state-forbids} */
    public ProposalItem reject(String agency, long itemId, long version, String reason) {
        scope.agency(agency);
        Caller who = caller.require();
        return agencies.inAgency(agency, () -> {
            ProposalItem i = current(itemId, version);
            ItemHistoryEntry entry = apply(i, ItemAction.REJECT_REASSIGNMENT, who, reason, Instant.now(clock));
            items.flush();
            items.addHistory(entry);
            audit.record("item." + ItemAction.REJECT_REASSIGNMENT.code(), agency, "item:" + itemId, entry.getFromState(), entry.getToState());
            transitioned.fire(new ItemTransitioned(agency, itemId, ItemAction.REJECT_REASSIGNMENT.code(),
                    entry.getFromState(), entry.getToState()));
            return i;
        });
    }

    private ProposalItem current(long itemId, long version) {
        ProposalItem i = items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        if (i.getVersion() != version) {
            throw UseCaseException.conflict("stale-version", "Somebody else changed this item in the meantime; reload and try again.");
        }
        return i;
    }

    private static void check(ProposalItem i, ItemAction action, Caller who, String reason) {
        try {
            Workflow.next(i.currentState(), action, who.roles(), reason);
        } catch (TransitionRefused refused) {
            throw refusal(refused);
        }
    }

    private static ItemHistoryEntry apply(ProposalItem i, ItemAction action, Caller who, String reason, Instant at) {
        try {
            return i.apply(action, who.roles(), reason, who.username(), at);
        } catch (TransitionRefused refused) {
            throw refusal(refused);
        }
    }

    static UseCaseException refusal(TransitionRefused refused) {
        UseCaseException.Kind kind = switch (refused.kind()) {
            case FORBIDDEN -> UseCaseException.Kind.FORBIDDEN;
            case CONFLICT -> UseCaseException.Kind.CONFLICT;
            case INVALID -> UseCaseException.Kind.INVALID;
        };
        return new UseCaseException(kind, refused.code(), refused.getMessage());
    }
}
