package cn.huiyin.proposals.domain.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.huiyin.platform.domain.identity.Roles.*;
import static cn.huiyin.proposals.domain.workflow.ItemAction.*;
import static cn.huiyin.proposals.domain.workflow.ItemState.*;

/**
 * The item state machine in one place, as data: which action leads from which states to which
 * state, who may take it, and whether a reason is required. Guards that need more than the
 * state (co-handlers signed off, a consultation held for key items) are checked by the use
 * case before it asks this table.
 */
public final class Workflow {

    /** One allowed transition. */
    public record Transition(ItemAction action, Set<ItemState> from, ItemState to, Set<String> roles, boolean reasonRequired) {
    }

    private static final Set<String> AGENCY_LEADS = Set.of(AGENCY_ADMIN, LEADER);

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(ACKNOWLEDGE, EnumSet.of(ASSIGNED), ACKNOWLEDGED, Set.of(AGENCY_ADMIN, LEADER, SUPERVISOR), false),
            new Transition(REQUEST_REASSIGNMENT, EnumSet.of(ASSIGNED), REASSIGNMENT_REQUESTED, AGENCY_LEADS, true),
            // approved: this item ends here; a new item starts in the new lead agency (Reassignments)
            new Transition(APPROVE_REASSIGNMENT, EnumSet.of(REASSIGNMENT_REQUESTED), REASSIGNED_AWAY, Set.of(DISTRICT_OVERSIGHT), false),
            new Transition(REJECT_REASSIGNMENT, EnumSet.of(REASSIGNMENT_REQUESTED), ASSIGNED, Set.of(DISTRICT_OVERSIGHT), true),
            new Transition(START_HANDLING, EnumSet.of(ACKNOWLEDGED), IN_HANDLING, AGENCY_LEADS, false),
            new Transition(DRAFT_REPLY, EnumSet.of(IN_HANDLING, RETURNED_FOR_REWORK, RE_HANDLING), REPLY_DRAFTED,
                    Set.of(HANDLER, LEADER), false),
            new Transition(SUBMIT_FOR_REVIEW, EnumSet.of(REPLY_DRAFTED), UNDER_REVIEW, Set.of(HANDLER, LEADER), false),
            new Transition(APPROVE_REPLY, EnumSet.of(UNDER_REVIEW), REPLIED, Set.of(LEADER), false),
            new Transition(RETURN_FOR_REWORK, EnumSet.of(UNDER_REVIEW), RETURNED_FOR_REWORK, Set.of(LEADER), true),
            new Transition(RATE_SATISFIED, EnumSet.of(REPLIED), FEEDBACK_GIVEN, Set.of(PROPOSER, SUPERVISOR), false),
            new Transition(RATE_BASICALLY_SATISFIED, EnumSet.of(REPLIED), FEEDBACK_GIVEN, Set.of(PROPOSER, SUPERVISOR), false),
            new Transition(RATE_UNSATISFIED, EnumSet.of(REPLIED), RE_HANDLING, Set.of(PROPOSER, SUPERVISOR), true),
            new Transition(CLOSE, EnumSet.of(FEEDBACK_GIVEN, REPLIED), CLOSED, Set.of(SUPERVISOR, LEADER), false));

    private Workflow() {
    }

    /**
     * @return the state after {@code action}
     * @throws TransitionRefused as FORBIDDEN when no role of the caller may take the action,
     *                           CONFLICT when the item's state does not allow it now, INVALID when a
     *                           required reason is missing
     */
    public static ItemState next(ItemState current, ItemAction action, Set<String> roles, String reason) {
        Transition t = TRANSITIONS.stream().filter(x -> x.action() == action).findFirst().orElseThrow();
        if (t.roles().stream().noneMatch(roles::contains)) {
            throw new TransitionRefused(TransitionRefused.Kind.FORBIDDEN, "role-may-not",
                    "Your role may not " + action.code() + ".");
        }
        if (!t.from().contains(current)) {
            throw new TransitionRefused(TransitionRefused.Kind.CONFLICT, "state-forbids",
                    "An item in state " + current.code() + " cannot be " + action.code() + "d now.");
        }
        if (t.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new TransitionRefused(TransitionRefused.Kind.INVALID, "reason-required",
                    action.code() + " needs a reason.");
        }
        return t.to();
    }

    /** Actions the caller could take on an item in this state (for buttons and the API's hints). */
    public static List<ItemAction> available(ItemState current, Set<String> roles) {
        return TRANSITIONS.stream()
                .filter(t -> t.from().contains(current) && t.roles().stream().anyMatch(roles::contains))
                .map(Transition::action).toList();
    }
}
