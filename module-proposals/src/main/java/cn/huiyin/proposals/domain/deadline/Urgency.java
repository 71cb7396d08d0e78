package cn.huiyin.proposals.domain.deadline;

import java.time.LocalDate;

/**
 * How pressing a deadline is on a given day: the colour of the deadline list and the stage of a
 * reminder. {@link #DUE_SOON} is at most {@link #SOON_WORKING_DAYS} working days ahead.
 */
public enum Urgency {
    MET, OVERDUE, DUE_SOON, OPEN;

    public static final int SOON_WORKING_DAYS = 3;

    public static Urgency of(LocalDate dueOn, boolean met, LocalDate today, DistrictCalendar calendar) {
        if (met) {
            return MET;
        }
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return calendar.workingDaysBetween(today, dueOn) <= SOON_WORKING_DAYS ? DUE_SOON : OPEN;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
