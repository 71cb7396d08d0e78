package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.application.ReplyApprovalCheck;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-off check of the lead's reply, the co-handler's opinion steps and the default deadline. */
class CoHandlingRulesTest {

    static final Instant NOW = Instant.parse("2020-03-20T02:00:00Z");

    static CoHandling row(String coHandler) {
        ProposalItem item = new ProposalItem("suggestion", "2020年区两会", "建议第0012号", "校园周边交通", "正文", "李明",
                "traffic", false, "in_handling", LocalDate.of(2020, 3, 10));
        return new CoHandling(coHandler, "zhangdian-psb", item, "zd-oversight", NOW, LocalDate.of(2020, 4, 10));
    }

    @Test
    void theReplyWaitsForEveryOpenCoHandlerAndNamesThem() {
        CoHandling edu = row("zhangdian-edu");
        CoHandling other = row("zhangdian-other");
        ReplyApprovalCheck.Veto veto = CoHandlersSignedOff.vetoFor(List.of(edu, other)).orElseThrow();
        assertThat(veto.code()).isEqualTo("cohandling-pending");
        assertThat(veto.message()).contains("zhangdian-edu", "zhangdian-other");

        edu.writeOpinion("同意主办单位意见，配合设置临时停车区。", "edu-handler", NOW);
        edu.signOff("edu-leader", NOW);
        assertThat(CoHandlersSignedOff.vetoFor(List.of(edu, other)).orElseThrow().message())
                .doesNotContain("zhangdian-edu").contains("zhangdian-other");

        other.waive("zd-oversight", NOW, "该单位职能已调整");
        assertThat(CoHandlersSignedOff.vetoFor(List.of(edu, other))).isEmpty();
        assertThat(CoHandlersSignedOff.vetoFor(List.of())).isEmpty();
    }

    @Test
    void signingOffNeedsAnOpinionAndClosesTheRow() {
        CoHandling edu = row("zhangdian-edu");
        assertThat(edu.status()).isEqualTo("open");
        assertThatThrownBy(() -> edu.signOff("edu-leader", NOW))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("opinion-missing"));
        assertThatThrownBy(() -> edu.writeOpinion("  ", "edu-handler", NOW))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("opinion-required"));
        edu.writeOpinion(" 同意。 ", "edu-handler", NOW);
        assertThat(edu.getOpinion()).isEqualTo("同意。");
        edu.signOff("edu-leader", NOW);
        assertThat(edu.status()).isEqualTo("signed_off");
        assertThat(edu.getSignedOffBy()).isEqualTo("edu-leader");
        assertThatThrownBy(() -> edu.writeOpinion("改了", "edu-handler", NOW))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("cohandling-closed"));
        assertThatThrownBy(() -> edu.waive("zd-oversight", NOW, "不需要"))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("cohandling-closed"));
    }

    @Test
    void aWaiverNeedsAReason() {
        CoHandling edu = row("zhangdian-edu");
        assertThatThrownBy(() -> edu.waive("zd-oversight", NOW, " "))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("reason-required"));
        assertThat(edu.isOpen()).isTrue();
    }

    @Test
    void theSnapshotCarriesOnlyThePublicPartOfTheItem() {
        CoHandling edu = row("zhangdian-edu");
        assertThat(edu.getNumber()).isEqualTo("建议第0012号");
        assertThat(edu.getTitle()).isEqualTo("校园周边交通");
        assertThat(edu.getProposer()).isEqualTo("李明");
        assertThat(edu.getLeadTenantId()).isEqualTo("zhangdian-psb");
        assertThat(edu.getTenantId()).isEqualTo("zhangdian-edu");
    }

    @Test
    void theOpinionIsDueAMonthAfterAssignmentButNeverInLessThanFiveDays() {
        assertThat(CoHandlingDeadline.defaultDue(LocalDate.of(2020, 3, 10), LocalDate.of(2020, 3, 12))).isEqualTo(LocalDate.of(2020, 4, 10));
        assertThat(CoHandlingDeadline.defaultDue(LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 1))).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(CoHandlingDeadline.defaultDue(LocalDate.of(2020, 3, 10), LocalDate.of(2020, 4, 8))).isEqualTo(LocalDate.of(2020, 4, 13));
    }
}
