package cn.huiyin.proposals.domain.reply;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyRulesTest {

    static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

    static ReplyRules.Content content(String outcome, String body, String explanation, ReplyRules.MilestoneDraft... milestones) {
        return new ReplyRules.Content(outcome, body, explanation, List.of(milestones));
    }

    static List<String> fields(List<ReplyRules.Violation> v) {
        return v.stream().map(ReplyRules.Violation::field).toList();
    }

    @Test
    void aCompleteAReplyMayBeSavedAndSubmitted() {
        var c = content("A", "已完成整改。", null);
        assertThat(ReplyRules.forDraft(c)).isEmpty();
        assertThat(ReplyRules.forSubmission(c)).isEmpty();
    }

    @Test
    void aDraftMayLackItsOutcomeAndTextButCannotBeSubmittedSo() {
        var c = content(null, "  ", null);
        assertThat(ReplyRules.forDraft(c)).isEmpty();
        assertThat(fields(ReplyRules.forSubmission(c))).containsExactly("outcome", "body");
    }

    @Test
    void cWithoutAnExplanationIsRefusedEvenAsADraft() {
        assertThat(fields(ReplyRules.forDraft(content("C", "暂无法解决。", " ")))).containsExactly("explanation");
        assertThat(fields(ReplyRules.forSubmission(content("C", "暂无法解决。", null)))).containsExactly("explanation");
        assertThat(ReplyRules.forSubmission(content("C", "暂无法解决。", "受财政预算限制。"))).isEmpty();
    }

    @Test
    void bNeedsAtLeastOneDatedMilestoneWithATitle() {
        assertThat(fields(ReplyRules.forDraft(content("B", "列入计划。", null)))).containsExactly("milestones");
        assertThat(fields(ReplyRules.forDraft(content("B", "列入计划。", null,
                new ReplyRules.MilestoneDraft(null, " ", null), new ReplyRules.MilestoneDraft(null, "完成设计", JUNE)))))
                .containsExactly("milestones[0].title", "milestones[0].dueOn");
        assertThat(ReplyRules.forSubmission(content("B", "列入计划。", null, new ReplyRules.MilestoneDraft(null, "完成设计", JUNE)))).isEmpty();
    }

    @Test
    void onlyBHasAPlanAndOnlyABCAreOutcomes() {
        assertThat(fields(ReplyRules.forDraft(content("A", "已解决。", null, new ReplyRules.MilestoneDraft(null, "完成设计", JUNE)))))
                .containsExactly("milestones");
        assertThat(fields(ReplyRules.forDraft(content("D", "x", null)))).containsExactly("outcome");
    }

    @Test
    void tooLongTextsAreRefused() {
        assertThat(fields(ReplyRules.forDraft(content("A", "长".repeat(ReplyRules.BODY_MAX + 1), null)))).containsExactly("body");
        assertThat(fields(ReplyRules.forDraft(content("B", "x", null,
                new ReplyRules.MilestoneDraft(null, "长".repeat(ReplyRules.TITLE_MAX + 1), JUNE))))).containsExactly("milestones[0].title");
    }

    @Test
    void aPlanIsCompleteWhenItHasMilestonesAndEveryOneIsDone() {
        PlanMilestone design = new PlanMilestone(1, 1, 1, "完成设计", JUNE);
        PlanMilestone build = new PlanMilestone(1, 1, 2, "完成施工", JUNE.plusMonths(3));
        assertThat(ReplyRules.planComplete(List.of())).isFalse();
        assertThat(ReplyRules.planComplete(List.of(design, build))).isFalse();
        design.markDone(JUNE);
        assertThat(ReplyRules.planComplete(List.of(design, build))).isFalse();
        build.markDone(JUNE.plusMonths(2));
        assertThat(ReplyRules.planComplete(List.of(design, build))).isTrue();
    }

    @Test
    void aReplyGoesDraftSubmittedApprovedAndBackToDraftOnlyFromSubmitted() {
        Reply r = new Reply(1, 1, "psb-handler");
        r.redraft("A", "已解决。", null, "psb-handler");
        r.submit();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.redraft("B", "x", null, "psb-handler"))
                .isInstanceOf(IllegalStateException.class);
        r.returnToDraft();
        r.redraft("C", "暂无法解决。", "预算不足", "psb-handler");
        r.submit();
        r.approve("psb-leader", java.time.Instant.parse("2026-05-01T02:00:00Z"));
        assertThat(r.isApproved()).isTrue();
        assertThat(r.getApprovedBy()).isEqualTo("psb-leader");
        org.assertj.core.api.Assertions.assertThatThrownBy(r::returnToDraft).isInstanceOf(IllegalStateException.class);
    }
}
