package cn.huiyin.proposals.application;

import java.time.LocalDate;

/**
 * CDI event fired inside the transaction after district oversight registered (assigned) an item
 * to a lead agency, by hand, by import or by an approved reassignment: deadlines, reminders and
 * reports start from it.
 */
public record ItemRegistered(String tenant, long itemId, LocalDate assignedOn, boolean keyItem) {
}
