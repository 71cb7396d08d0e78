package cn.huiyin.proposals.domain;

import cn.huiyin.proposals.domain.workflow.TransitionRefused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static cn.huiyin.proposals.domain.workflow.ItemAction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalItemTest {

    static final Instant AT = Instant.parse("2020-03-20T02:00:00Z");

    static ProposalItem item(String state) {
        return new ProposalItem("suggestion", "2020年区两会", "建议第0099号", "标题", "正文", "李明", "traffic", false, state,
                LocalDate.of(2020, 3, 10));
    }

    @Test
    void applyingAnActionMovesTheStateAndRecordsWhoWhenFromToAndWhy() {
        ProposalItem item = item("under_review");

        ItemHistoryEntry entry = item.apply(RETURN_FOR_REWORK, Set.of("leader"), "  请补充整改时间表  ", "psb-leader", AT);

        assertThat(item.getState()).isEqualTo("returned_for_rework");
        assertThat(entry.getAction()).isEqualTo("return_for_rework");
        assertThat(entry.getFromState()).isEqualTo("under_review");
        assertThat(entry.getToState()).isEqualTo("returned_for_rework");
        assertThat(entry.getActor()).isEqualTo("psb-leader");
        assertThat(entry.getAt()).isEqualTo(AT);
        assertThat(entry.getReason()).isEqualTo("请补充整改时间表");
    }

    @Test
    void aBlankReasonIsStoredAsNone() {
        ItemHistoryEntry entry = item("assigned").apply(ACKNOWLEDGE, Set.of("leader"), " ", "psb-leader", AT);
        assertThat(entry.getReason()).isNull();
    }

    @Test
    void aRefusedActionLeavesTheItemAsItWas() {
        ProposalItem item = item("assigned");

        assertThatThrownBy(() -> item.apply(APPROVE_REPLY, Set.of("handler"), null, "psb-handler", AT))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.code()).isEqualTo("role-may-not"));
        assertThatThrownBy(() -> item.apply(APPROVE_REPLY, Set.of("leader"), null, "psb-leader", AT))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.code()).isEqualTo("state-forbids"));
        assertThatThrownBy(() -> item.apply(REQUEST_REASSIGNMENT, Set.of("leader"), "", "psb-leader", AT))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.code()).isEqualTo("reason-required"));

        assertThat(item.getState()).isEqualTo("assigned");
    }

    @Test
    void availableActionsFollowStateAndRoles() {
        assertThat(item("assigned").availableActions(Set.of("leader"))).containsExactly(ACKNOWLEDGE, REQUEST_REASSIGNMENT);
        assertThat(item("assigned").availableActions(Set.of("handler"))).isEmpty();
        assertThat(item("under_review").availableActions(Set.of("leader"))).containsExactly(APPROVE_REPLY, RETURN_FOR_REWORK);
        assertThat(item("under_review").availableActions(Set.of())).isEmpty();
    }
}
