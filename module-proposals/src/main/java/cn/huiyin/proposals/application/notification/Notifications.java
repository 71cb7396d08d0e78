package cn.huiyin.proposals.application.notification;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakUser;
import cn.huiyin.proposals.application.NotificationRequested;
import cn.huiyin.proposals.domain.notification.Notification;
import cn.huiyin.proposals.domain.notification.NotificationRepository;
import cn.huiyin.proposals.infrastructure.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Telling people things: every {@link NotificationRequested} is stored in the app inside the
 * transaction that fired it (nothing is told about a change that was rolled back) and, once that
 * transaction committed, mailed to the recipient's Keycloak e-mail when SMTP is configured. A
 * mail that fails is logged; the notification in the app stays. People read and mark their own
 * notifications only.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    @Inject
    NotificationRepository notifications;

    @Inject
    TenantContext tenants;

    @Inject
    CurrentCaller caller;

    @Inject
    Mailer mailer;

    @Inject
    KeycloakAdminClient keycloak;

    @Inject
    Clock clock;

    void store(@Observes NotificationRequested n) {
        cn.huiyin.proposals.application.deadline.InTenant.run(tenants, n.tenant(), () -> notifications.add(
                new Notification(n.tenant(), n.recipientUsername(), n.kind(), n.itemId(), n.textZh(), n.textEn(), Instant.now(clock))));
    }

    void mail(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationRequested n) {
        if (!mailer.enabled()) {
            return;
        }
        try {
            String to = keycloak.findUser(n.recipientUsername()).map(KeycloakUser::email).filter(e -> e != null && !e.isBlank())
                    .orElse(null);
            if (to == null) {
                LOG.fine(() -> "No e-mail address for " + n.recipientUsername() + "; told in the app only");
                return;
            }
            mailer.send(to, "【回音】" + firstLine(n.textZh()), n.textZh() + "\n\n" + n.textEn());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not mail a notification to " + n.recipientUsername() + ": " + e.getMessage());
        }
    }

    @Transactional
    public List<Notification> mine(boolean unreadOnly, int limit) {
        return notifications.of(me(), unreadOnly, limit);
    }

    @Transactional
    public long unreadCount() {
        return notifications.unread(me());
    }

    /** @throws UseCaseException not-found when it is not the caller's (or no such) unread notification */
    @Transactional
    public void markRead(long id) {
        if (notifications.markRead(me(), id, Instant.now(clock)) == 0
                && notifications.of(me(), false, 500).stream().noneMatch(n -> n.getId() == id)) {
            throw UseCaseException.notFound("Notification " + id);
        }
    }

    @Transactional
    public int markAllRead() {
        return notifications.markRead(me(), null, Instant.now(clock));
    }

    private String me() {
        return caller.require().username();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
