package cn.huiyin.proposals.application.deadline;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days of an agency's district. For now weekends only; the district calendar of holidays
 * and make-up working days (调休) replaces the body of {@link #isWorkingDay}.
 */
@ApplicationScoped
public class WorkingCalendar {

    public boolean isWorkingDay(String agencyAlias, LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The day {@code n} working days after {@code from} (from itself not counted). */
    public LocalDate addWorkingDays(String agencyAlias, LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(agencyAlias, day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when to ≤ from). */
    public int workingDaysBetween(String agencyAlias, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(agencyAlias, day)) {
                n++;
            }
        }
        return n;
    }
}
