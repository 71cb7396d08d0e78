package cn.huiyin.proposals.domain.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * A district's working days: Monday to Friday, except the days the district lists otherwise —
 * holidays ({@code false}) and the weekend days worked in exchange (调休, {@code true}).
 */
public final class DistrictCalendar {

    public static final DistrictCalendar WEEKDAYS = new DistrictCalendar(Map.of());

    private final Map<LocalDate, Boolean> exceptions;

    public DistrictCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean listed = exceptions.get(day);
        if (listed != null) {
            return listed;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The day {@code n} working days after {@code from} ({@code from} itself not counted). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when to ≤ from). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                n++;
            }
        }
        return n;
    }

    /** {@code day} when it is a working day, else the next one. */
    public LocalDate onOrAfterWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
