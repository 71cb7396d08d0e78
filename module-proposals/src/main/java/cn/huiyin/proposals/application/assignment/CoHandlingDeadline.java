package cn.huiyin.proposals.application.assignment;

import java.time.LocalDate;

/**
 * When a co-handling opinion (会办意见) is due unless oversight names a day: one calendar month
 * after the item's assignment (docs/domain.md), and never before the co-handler was asked plus
 * five days, so a late co-handler still has a little time. The deadlines slice may replace it with
 * the district's rules.
 */
public final class CoHandlingDeadline {

    static final int MINIMUM_DAYS = 5;

    private CoHandlingDeadline() {
    }

    public static LocalDate defaultDue(LocalDate itemAssignedOn, LocalDate askedOn) {
        LocalDate due = itemAssignedOn.plusMonths(1);
        LocalDate earliest = askedOn.plusDays(MINIMUM_DAYS);
        return due.isBefore(earliest) ? earliest : due;
    }
}
