package cn.huiyin.proposals.application.reminder;

import cn.huiyin.proposals.application.NotificationRequested;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.deadline.Deadline;
import cn.huiyin.proposals.domain.deadline.DeadlineKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyRemindersTest {

    private static ProposalItem item() throws ReflectiveOperationException {
        ProposalItem item = new ProposalItem("suggestion", "2020年区两会", "建议第0012号", "关于加强校园周边交通秩序管理的建议", "…",
                "李明", "traffic", true, "in_handling", LocalDate.parse("2020-03-10"));
        var id = ProposalItem.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(item, 12L);
        return item;
    }

    @Test
    void aDueSoonReminderNamesTheItemTheStepTheDayAndTheWorkingDaysLeftInBothLanguages() throws Exception {
        NotificationRequested n = AgencyReminders.notification("zhangdian-psb", "psb-handler", "due_soon",
                new Deadline(12, DeadlineKind.REPLY, LocalDate.parse("2020-06-10")), item(), 2);
        assertThat(n.tenant()).isEqualTo("zhangdian-psb");
        assertThat(n.recipientUsername()).isEqualTo("psb-handler");
        assertThat(n.kind()).isEqualTo("deadline_due_soon");
        assertThat(n.itemId()).isEqualTo(12L);
        assertThat(n.textZh()).isEqualTo("【临期】建议第0012号《关于加强校园周边交通秩序管理的建议》的答复期限为2020-06-10，还剩2个工作日。");
        assertThat(n.textEn()).isEqualTo("[Due soon] The reply deadline of 建议第0012号 is 2020-06-10, 2 working day(s) left.");
    }

    @Test
    void anOverdueReminderSaysTheDeadlinePassedAndAnEndedFeedbackWindowThatTheItemMayBeClosed() throws Exception {
        NotificationRequested overdue = AgencyReminders.notification("zhangdian-psb", "psb-leader", "overdue",
                new Deadline(12, DeadlineKind.ACKNOWLEDGEMENT, LocalDate.parse("2020-03-17")), item(), 0);
        assertThat(overdue.kind()).isEqualTo("deadline_overdue");
        assertThat(overdue.textZh()).startsWith("【逾期】").contains("签收期限（2020-03-17）已过");
        NotificationRequested feedback = AgencyReminders.notification("zhangdian-psb", "psb-leader", "overdue",
                new Deadline(12, DeadlineKind.FEEDBACK, LocalDate.parse("2020-07-10")), item(), 0);
        assertThat(feedback.kind()).isEqualTo("feedback_window_over");
        assertThat(feedback.textZh()).contains("评价期已于2020-07-10结束，可予办结");
    }
}
