package cn.huiyin.proposals.domain.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRuleTest {

    private final DistrictCalendar zhangdian = Calendar2020.zhangdian();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theDefaultsAreThoseOfTheDomain() {
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.ACKNOWLEDGEMENT)).isEqualTo(new DeadlineRule(DeadlineKind.ACKNOWLEDGEMENT, 5, DeadlineRule.Unit.WORKING_DAYS));
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.REPLY)).isEqualTo(new DeadlineRule(DeadlineKind.REPLY, 3, DeadlineRule.Unit.MONTHS));
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.REPLY_MAX)).isEqualTo(new DeadlineRule(DeadlineKind.REPLY_MAX, 6, DeadlineRule.Unit.MONTHS));
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.REHANDLING_REPLY)).isEqualTo(new DeadlineRule(DeadlineKind.REHANDLING_REPLY, 1, DeadlineRule.Unit.MONTHS));
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.FEEDBACK)).isEqualTo(new DeadlineRule(DeadlineKind.FEEDBACK, 30, DeadlineRule.Unit.CALENDAR_DAYS));
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.CO_HANDLING_OPINION)).isEqualTo(new DeadlineRule(DeadlineKind.CO_HANDLING_OPINION, 1, DeadlineRule.Unit.MONTHS));
        assertThat(DeadlineRule.DEFAULTS).hasSize(DeadlineKind.values().length);
    }

    @Test
    void aReplyDueOnANationalDayHolidayMovesToTheFirstWorkingDayAfterIt() {
        // assigned 2 July: three months later is 2 October, inside 国庆/中秋 → Friday 9 October
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.REPLY).dueFrom(d("2020-07-02"), zhangdian)).isEqualTo(d("2020-10-09"));
        // an ordinary day stays: assigned 10 March → 10 June
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.REPLY).dueFrom(d("2020-03-10"), zhangdian)).isEqualTo(d("2020-06-10"));
    }

    @Test
    void acknowledgementCountsWorkingDaysAcrossTheHolidayAndTheMakeUpSaturday() {
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.ACKNOWLEDGEMENT).dueFrom(d("2020-09-28"), zhangdian)).isEqualTo(d("2020-10-12"));
        // ten working days from 30 September: 10-9, 10-10 (Saturday, 调休), 10-12 … 10-19
        assertThat(new DeadlineRule(DeadlineKind.ACKNOWLEDGEMENT, 10, DeadlineRule.Unit.WORKING_DAYS).dueFrom(d("2020-09-30"), zhangdian))
                .isEqualTo(d("2020-10-21"));
    }

    @Test
    void theFeedbackWindowIsThirtyCalendarDaysMovedOffADayOff() {
        // replied 2 September + 30 days = 2 October (国庆) → 9 October
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.FEEDBACK).dueFrom(d("2020-09-02"), zhangdian)).isEqualTo(d("2020-10-09"));
        // replied 10 September + 30 days = 10 October, the 调休 Saturday: a working day, it stays
        assertThat(DeadlineRule.DEFAULTS.get(DeadlineKind.FEEDBACK).dueFrom(d("2020-09-10"), zhangdian)).isEqualTo(d("2020-10-10"));
    }

    @Test
    void monthsKeepTheEndOfShortMonths() {
        assertThat(new DeadlineRule(DeadlineKind.REHANDLING_REPLY, 1, DeadlineRule.Unit.MONTHS).dueFrom(d("2020-01-31"), DistrictCalendar.WEEKDAYS))
                .isEqualTo(d("2020-03-02")); // 29 Feb 2020 is a Saturday → Monday 2 March
    }

    @Test
    void anAmountOutsideOneTo366IsRefused() {
        assertThatThrownBy(() -> new DeadlineRule(DeadlineKind.REPLY, 0, DeadlineRule.Unit.MONTHS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineRule(DeadlineKind.REPLY, 367, DeadlineRule.Unit.CALENDAR_DAYS)).isInstanceOf(IllegalArgumentException.class);
    }
}
