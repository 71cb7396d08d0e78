package cn.huiyin.proposals.domain.deadline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** 张店区's 2020 calendar as the demo migration holds it (holidays and 调休 days). */
final class Calendar2020 {

    private Calendar2020() {
    }

    static DistrictCalendar zhangdian() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        off(days, "2020-01-01");
        days.put(LocalDate.parse("2020-01-19"), true);
        range(days, "2020-01-24", "2020-02-02");
        range(days, "2020-04-04", "2020-04-06");
        days.put(LocalDate.parse("2020-04-26"), true);
        range(days, "2020-05-01", "2020-05-05");
        days.put(LocalDate.parse("2020-05-09"), true);
        range(days, "2020-06-25", "2020-06-27");
        days.put(LocalDate.parse("2020-06-28"), true);
        days.put(LocalDate.parse("2020-09-27"), true);
        range(days, "2020-10-01", "2020-10-08");
        days.put(LocalDate.parse("2020-10-10"), true);
        return new DistrictCalendar(days);
    }

    private static void off(Map<LocalDate, Boolean> days, String day) {
        days.put(LocalDate.parse(day), false);
    }

    private static void range(Map<LocalDate, Boolean> days, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.put(d, false);
        }
    }
}
