package cn.huiyin.proposals.domain.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static cn.huiyin.proposals.domain.workflow.ItemAction.*;
import static cn.huiyin.proposals.domain.workflow.ItemState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowTest {

    static final Set<String> LEADER = Set.of("leader");
    static final Set<String> HANDLER = Set.of("handler");
    static final Set<String> OVERSIGHT = Set.of("district-oversight");
    static final Set<String> PROPOSER = Set.of("proposer");
    static final Set<String> SUPERVISOR = Set.of("supervisor");

    @Test
    void anItemWalksFromAssignmentToClosure() {
        ItemState s = ASSIGNED;
        s = Workflow.next(s, ACKNOWLEDGE, LEADER, null);
        s = Workflow.next(s, START_HANDLING, LEADER, null);
        s = Workflow.next(s, DRAFT_REPLY, HANDLER, null);
        s = Workflow.next(s, SUBMIT_FOR_REVIEW, HANDLER, null);
        s = Workflow.next(s, APPROVE_REPLY, LEADER, null);
        assertThat(s).isEqualTo(REPLIED);
        s = Workflow.next(s, RATE_SATISFIED, PROPOSER, null);
        assertThat(Workflow.next(s, CLOSE, SUPERVISOR, null)).isEqualTo(CLOSED);
    }

    @Test
    void aReturnedReplyGoesBackToTheHandlerWithAReason() {
        assertThatThrownBy(() -> Workflow.next(UNDER_REVIEW, RETURN_FOR_REWORK, LEADER, " "))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.kind()).isEqualTo(TransitionRefused.Kind.INVALID));
        ItemState returned = Workflow.next(UNDER_REVIEW, RETURN_FOR_REWORK, LEADER, "答复未回应代表关切");
        assertThat(returned).isEqualTo(RETURNED_FOR_REWORK);
        assertThat(Workflow.available(returned, HANDLER)).containsExactly(DRAFT_REPLY);
    }

    @Test
    void anUnsatisfiedProposerStartsReHandlingAndASecondReply() {
        ItemState s = Workflow.next(REPLIED, RATE_UNSATISFIED, PROPOSER, "措施不具体");
        assertThat(s).isEqualTo(RE_HANDLING);
        assertThat(Workflow.next(s, DRAFT_REPLY, HANDLER, null)).isEqualTo(REPLY_DRAFTED);
    }

    @Test
    void reassignmentIsDecidedByOversightEitherWay() {
        ItemState requested = Workflow.next(ASSIGNED, REQUEST_REASSIGNMENT, LEADER, "不属于本单位职责");
        // approved: this item ends; its successor starts as a new item in the new lead agency
        assertThat(Workflow.next(requested, APPROVE_REASSIGNMENT, OVERSIGHT, null)).isEqualTo(REASSIGNED_AWAY);
        assertThat(Workflow.next(requested, REJECT_REASSIGNMENT, OVERSIGHT, "属于本单位职责")).isEqualTo(ASSIGNED);
        assertThatThrownBy(() -> Workflow.next(requested, APPROVE_REASSIGNMENT, LEADER, null))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.kind()).isEqualTo(TransitionRefused.Kind.FORBIDDEN));
    }

    @Test
    void aHandlerCannotApproveTheirOwnReply() {
        assertThatThrownBy(() -> Workflow.next(UNDER_REVIEW, APPROVE_REPLY, HANDLER, null))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.code()).isEqualTo("role-may-not"));
    }

    @ParameterizedTest
    @EnumSource(value = ItemState.class, names = {"UNDER_REVIEW"}, mode = EnumSource.Mode.EXCLUDE)
    void aReplyIsApprovedOnlyWhileUnderReview(ItemState state) {
        assertThatThrownBy(() -> Workflow.next(state, APPROVE_REPLY, LEADER, null))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.kind()).isEqualTo(TransitionRefused.Kind.CONFLICT));
    }

    @ParameterizedTest
    @EnumSource(value = ItemState.class, names = {"CLOSED", "REASSIGNED_AWAY"})
    void aClosedOrReassignedAwayItemAllowsNothing(ItemState end) {
        for (String role : Set.of("platform-admin", "district-oversight", "agency-admin", "leader", "supervisor", "handler", "proposer")) {
            assertThat(Workflow.available(end, Set.of(role))).isEmpty();
        }
    }

    @Test
    void everyActionHasExactlyOneTransitionAndStateCodesRoundTrip() {
        for (ItemAction a : ItemAction.values()) {
            assertThat(Workflow.TRANSITIONS).filteredOn(t -> t.action() == a).hasSize(1);
        }
        for (ItemState s : ItemState.values()) {
            assertThat(ItemState.ofCode(s.code())).isEqualTo(s);
        }
    }
}
