package cn.huiyin.proposals.application;

/**
 * CDI event fired inside the transaction after an item changed state, for other modules (visits,
 * reports, reminders) to react to. Codes, not enums, so observers need no workflow types.
 */
public record ItemTransitioned(String tenant, long itemId, String action, String from, String to) {
}
