package cn.huiyin.proposals.application.deadline;

import cn.huiyin.proposals.domain.deadline.Deadline;
import cn.huiyin.proposals.domain.deadline.DistrictCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline as lists show it: {@code urgency} is met, overdue, due_soon (at most three working
 * days ahead) or open; {@code workingDaysLeft} counts the district's working days from today.
 */
public record DeadlineView(long id, long itemId, String kind, LocalDate dueOn, Instant metAt, LocalDate originalDueOn,
                           String extendedBy, String urgency, int workingDaysLeft, long version) {

    public static DeadlineView of(Deadline d, LocalDate today, DistrictCalendar calendar) {
        return new DeadlineView(d.getId(), d.getItemId(), d.getKind(), d.getDueOn(), d.getMetAt(), d.getOriginalDueOn(),
                d.getExtendedBy(), d.urgency(today, calendar).code(), calendar.workingDaysBetween(today, d.getDueOn()),
                d.getVersion());
    }
}
