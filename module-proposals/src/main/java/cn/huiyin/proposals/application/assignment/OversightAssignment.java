package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.assignment.AssignmentRepository;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * District oversight assigns co-handling agencies (会办单位) to an item of one of its agencies
 * and may waive a co-handler's opinion. Each agency is touched in a transaction of its own,
 * bound to it: the lead's item is read as the lead, a co-handling row is written as its
 * co-handling agency (its snapshot of the item's public part goes with it), and the lead's
 * history gets a line for every change. Everything is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class OversightAssignment {

    public static final String ASSIGN_ACTION = "assign_cohandlers";
    public static final String WAIVE_ACTION = "waive_cohandling";
    private static final Set<String> ENDED = Set.of("closed", "reassigned_away");

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

    /** The agency's items still in hand, newest first (at most 200), to pick one. */
    public List<ProposalItem> openItems(String agency) {
        scope.agency(agency);
        return agencies.inAgency(agency, () -> assignments.open(200));
    }

    public ProposalItem item(String agency, long itemId) {
        scope.agency(agency);
        return agencies.inAgency(agency, () -> find(itemId));
    }

    /** The item's co-handling agencies with their opinions, read as the lead agency. */
    public List<CoHandling> coHandlers(String agency, long itemId) {
        scope.agency(agency);
        return agencies.inAgency(agency, () -> {
            find(itemId);
            return assignments.coHandlersOf(itemId);
        });
    }

    /**
     * Adds co-handling agencies (an agency already co-handling is left as it is).
     *
     * @param dueOn the opinion's deadline, or null for {@link CoHandlingDeadline#defaultDue}
     * @throws UseCaseException 404 item or agency outside the district, 400 {@code lead-cannot-cohandle} /
     *         {@code due-in-past} / {@code agencies-required}, 409 {@code state-forbids}
     */
    public List<CoHandling> addCoHandlers(String lead, long itemId, List<String> coAgencies, LocalDate dueOn) {
        scope.agency(lead);
        LinkedHashSet<String> wanted = new LinkedHashSet<>(coAgencies == null ? List.of() : coAgencies);
        if (wanted.isEmpty()) {
            throw UseCaseException.invalid("agencies-required", "Name at least one co-handling agency.");
        }
        if (wanted.contains(lead)) {
            throw UseCaseException.invalid("lead-cannot-cohandle", "The lead agency cannot co-handle its own item.");
        }
        wanted.forEach(scope::agency);
        LocalDate today = LocalDate.now(clock);
        if (dueOn != null && dueOn.isBefore(today)) {
            throw UseCaseException.invalid("due-in-past", "The opinion's deadline must not lie in the past.");
        }
        ProposalItem snapshot = agencies.inAgency(lead, () -> find(itemId));
        if (ENDED.contains(snapshot.getState())) {
            throw UseCaseException.conflict("state-forbids", "A " + snapshot.getState() + " item gets no co-handlers.");
        }
        LocalDate due = dueOn != null ? dueOn : CoHandlingDeadline.defaultDue(snapshot.getAssignedOn(), today);
        String by = caller.require().username();
        Instant now = Instant.now(clock);
        List<String> added = new ArrayList<>();
        for (String co : wanted) {
            boolean isNew = agencies.inAgency(co, () -> {
                if (assignments.coHandledFor(lead, itemId).isPresent()) {
                    return false;
                }
                CoHandling row = assignments.add(new CoHandling(co, lead, snapshot, by, now, due));
                assignments.flush();
                audit.record("cohandling.assigned", co, CoHandlingWork.subject(row), null, "due " + due);
                return true;
            });
            if (isNew) {
                added.add(co);
            }
        }
        if (!added.isEmpty()) {
            agencies.inAgency(lead, () -> {
                ProposalItem item = find(itemId);
                items.addHistory(new ItemHistoryEntry(itemId, now, by, ASSIGN_ACTION, item.getState(), item.getState(),
                        String.join(", ", added) + " (" + due + ")"));
                audit.record("item." + ASSIGN_ACTION, lead, "item:" + itemId, null, String.join(",", added) + " due " + due);
                return null;
            });
        }
        return coHandlers(lead, itemId);
    }

    /**
     * Lets the lead reply without this co-handler's opinion.
     *
     * @throws UseCaseException 400 {@code reason-required}, 404, 409 {@code cohandling-closed}
     */
    public List<CoHandling> waive(String lead, long itemId, String coAgency, String reason) {
        scope.agency(lead);
        scope.agency(coAgency);
        if (reason == null || reason.isBlank()) {
            throw UseCaseException.invalid("reason-required", "A waiver needs a reason.");
        }
        agencies.inAgency(lead, () -> find(itemId));
        String by = caller.require().username();
        Instant now = Instant.now(clock);
        agencies.inAgency(coAgency, () -> {
            CoHandling row = assignments.coHandledFor(lead, itemId)
                    .orElseThrow(() -> UseCaseException.notFound("Co-handler '" + coAgency + "' of item " + itemId));
            row.waive(by, now, reason);
            assignments.flush();
            audit.record("cohandling.waived", coAgency, CoHandlingWork.subject(row), "open", "waived: " + reason.strip());
            return null;
        });
        agencies.inAgency(lead, () -> {
            ProposalItem item = find(itemId);
            items.addHistory(new ItemHistoryEntry(itemId, now, by, WAIVE_ACTION, item.getState(), item.getState(),
                    coAgency + ": " + reason.strip()));
            audit.record("item." + WAIVE_ACTION, lead, "item:" + itemId, coAgency, "waived");
            return null;
        });
        return coHandlers(lead, itemId);
    }

    private ProposalItem find(long itemId) {
        return items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
    }
}
