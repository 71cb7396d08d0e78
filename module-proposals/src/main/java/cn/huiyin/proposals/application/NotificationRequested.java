package cn.huiyin.proposals.application;

/**
 * CDI event: somebody should be told something about an item (the proposer that their item was
 * replied to, a handler that a deadline nears). The notification list and mail observe it; the
 * texts are already in both languages so observers need no item types.
 */
public record NotificationRequested(String tenant, String recipientUsername, String kind, long itemId,
                                    String textZh, String textEn) {
}
