package cn.huiyin.proposals.domain.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictCalendarTest {

    private final DistrictCalendar zhangdian = Calendar2020.zhangdian();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void weekendsAreOffHolidaysAreOffAndMakeUpWeekendsAreWorked() {
        assertThat(zhangdian.isWorkingDay(d("2020-10-09"))).isTrue();   // Friday between 国庆 and the 调休 Saturday
        assertThat(zhangdian.isWorkingDay(d("2020-10-05"))).isFalse();  // Monday inside 国庆/中秋
        assertThat(zhangdian.isWorkingDay(d("2020-10-10"))).isTrue();   // Saturday worked (调休)
        assertThat(zhangdian.isWorkingDay(d("2020-09-27"))).isTrue();   // Sunday worked (调休)
        assertThat(zhangdian.isWorkingDay(d("2020-10-11"))).isFalse();  // an ordinary Sunday
        assertThat(DistrictCalendar.WEEKDAYS.isWorkingDay(d("2020-10-05"))).isTrue();
    }

    @Test
    void fiveWorkingDaysFromTheMondayBeforeNationalDayEndOnTheMondayAfterTheMakeUpSaturday() {
        // 9-29 (1), 9-30 (2), 10-1…10-8 off, 10-9 (3), 10-10 Saturday 调休 (4), 10-12 (5)
        assertThat(zhangdian.addWorkingDays(d("2020-09-28"), 5)).isEqualTo(d("2020-10-12"));
        // without the district's calendar it would be the Monday of the holiday week
        assertThat(DistrictCalendar.WEEKDAYS.addWorkingDays(d("2020-09-28"), 5)).isEqualTo(d("2020-10-05"));
    }

    @Test
    void theMakeUpSaturdayAfterLabourDayCounts() {
        assertThat(zhangdian.addWorkingDays(d("2020-05-07"), 2)).isEqualTo(d("2020-05-09"));
        assertThat(zhangdian.addWorkingDays(d("2020-04-30"), 1)).isEqualTo(d("2020-05-06"));
    }

    @Test
    void workingDaysBetweenSkipsTheHolidayWeekAndCountsTheMakeUpDays() {
        assertThat(zhangdian.workingDaysBetween(d("2020-09-25"), d("2020-10-12"))).isEqualTo(7);
        // 9-27 (Sunday, 调休), 9-28, 9-29, 9-30, 10-9, 10-10 (Saturday, 调休), 10-12
    }

    @Test
    void nothingBetweenADayAndItselfOrAnEarlierDay() {
        assertThat(zhangdian.workingDaysBetween(d("2020-10-12"), d("2020-10-12"))).isZero();
        assertThat(zhangdian.workingDaysBetween(d("2020-10-12"), d("2020-10-01"))).isZero();
    }

    @Test
    void aDayOffMovesToTheNextWorkingDay() {
        assertThat(zhangdian.onOrAfterWorkingDay(d("2020-10-02"))).isEqualTo(d("2020-10-09"));
        assertThat(zhangdian.onOrAfterWorkingDay(d("2020-10-10"))).isEqualTo(d("2020-10-10"));
        assertThat(zhangdian.onOrAfterWorkingDay(d("2020-01-24"))).isEqualTo(d("2020-02-03"));
    }
}
