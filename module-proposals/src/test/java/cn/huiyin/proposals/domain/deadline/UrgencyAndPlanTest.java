package cn.huiyin.proposals.domain.deadline;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrgencyAndPlanTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DistrictCalendar zhangdian = Calendar2020.zhangdian();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** "Today" comes from a fixed clock, never from waiting. */
    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), SHANGHAI));
    }

    @Test
    void dueWithinThreeWorkingDaysIsSoonAcrossTheHolidayTooAndThePastIsOverdue() {
        LocalDate sep30 = today("2020-09-29T16:30:00Z"); // 00:30 on 30 September in Shanghai
        assertThat(sep30).isEqualTo(d("2020-09-30"));
        // 10-9 (1), 10-10 (2), 10-12 (3): twelve calendar days ahead, yet due soon
        assertThat(Urgency.of(d("2020-10-12"), false, sep30, zhangdian)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(d("2020-10-13"), false, sep30, zhangdian)).isEqualTo(Urgency.OPEN);
        assertThat(Urgency.of(d("2020-09-30"), false, sep30, zhangdian)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(d("2020-09-29"), false, sep30, zhangdian)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(d("2020-09-29"), true, sep30, zhangdian)).isEqualTo(Urgency.MET);
    }

    @Test
    void aDeadlineIsMetOnceExtendedOnlyLaterAndRestartedOpen() {
        Deadline reply = new Deadline(1, DeadlineKind.REPLY, d("2020-06-10"));
        reply.extendTo(d("2020-08-10"), "zd-oversight");
        reply.extendTo(d("2020-09-10"), "zd-oversight");
        assertThat(reply.getOriginalDueOn()).isEqualTo(d("2020-06-10"));
        assertThat(reply.getDueOn()).isEqualTo(d("2020-09-10"));
        assertThatThrownBy(() -> reply.extendTo(d("2020-09-10"), "x")).isInstanceOf(IllegalArgumentException.class);
        reply.meet(Instant.parse("2020-09-01T02:00:00Z"));
        reply.meet(Instant.parse("2020-09-05T02:00:00Z"));
        assertThat(reply.getMetAt()).isEqualTo(Instant.parse("2020-09-01T02:00:00Z"));
        reply.restart(d("2020-10-09"));
        assertThat(reply.isMet()).isFalse();
        assertThat(reply.getOriginalDueOn()).isNull();
    }

    @Test
    void workflowActionsMeetAndStartTheRightDeadlines() {
        assertThat(DeadlinePlan.onRegistration()).containsExactly(DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.REPLY);
        assertThat(DeadlinePlan.onAction("acknowledge").meets()).containsExactly(DeadlineKind.ACKNOWLEDGEMENT);
        assertThat(DeadlinePlan.onAction("approve_reply").meets()).containsExactlyInAnyOrder(DeadlineKind.REPLY, DeadlineKind.REHANDLING_REPLY);
        assertThat(DeadlinePlan.onAction("approve_reply").starts()).containsExactly(DeadlineKind.FEEDBACK);
        assertThat(DeadlinePlan.onAction("rate_unsatisfied").meets()).containsExactly(DeadlineKind.FEEDBACK);
        assertThat(DeadlinePlan.onAction("rate_unsatisfied").starts()).containsExactly(DeadlineKind.REHANDLING_REPLY);
        assertThat(DeadlinePlan.onAction("rate_satisfied").meets()).containsExactly(DeadlineKind.FEEDBACK);
        assertThat(DeadlinePlan.onAction("close").meetsAll()).isTrue();
        assertThat(DeadlinePlan.onAction("draft_reply").meets()).isEmpty();
        assertThat(DeadlinePlan.onAction("draft_reply").starts()).isEmpty();
    }
}
