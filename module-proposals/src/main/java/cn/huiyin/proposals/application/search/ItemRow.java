package cn.huiyin.proposals.application.search;

import java.time.LocalDate;

/**
 * One item as lists show it: its facts plus the unit's name and the nearest open deadline,
 * read in one SQL query without loading entities.
 */
public record ItemRow(long id, String kind, String session, String number, String title, String proposer,
                      String category, boolean keyItem, String state, LocalDate assignedOn, long version,
                      String outcome, String rating, String handler, String leader, Long unitId,
                      String unitNameZh, String unitNameEn, LocalDate nextDeadline, LocalDate repliedOn) {

    /** Days before a deadline at which it turns amber (≤ 3 days). */
    public static final int DUE_SOON_DAYS = 3;

    public boolean overdue(LocalDate today) {
        return nextDeadline != null && nextDeadline.isBefore(today);
    }

    /** {@code overdue} (red), {@code due_soon} (amber, ≤ 3 days), {@code open}, or null without an open deadline. */
    public String urgency(LocalDate today) {
        if (nextDeadline == null) {
            return null;
        }
        if (nextDeadline.isBefore(today)) {
            return "overdue";
        }
        return nextDeadline.isAfter(today.plusDays(DUE_SOON_DAYS)) ? "open" : "due_soon";
    }
}
