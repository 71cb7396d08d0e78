package cn.huiyin.proposals.domain.notification;

import java.time.Instant;
import java.util.List;

public interface NotificationRepository {

    /** Stores a notification in the current agency's transaction. */
    void add(Notification notification);

    /** The recipient's notifications, newest first. */
    List<Notification> of(String recipient, boolean unreadOnly, int limit);

    long unread(String recipient);

    /** @return how many were marked (0 when not the recipient's or already read) */
    int markRead(String recipient, Long id, Instant at);
}
