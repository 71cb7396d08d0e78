package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.notification.Notification;
import cn.huiyin.proposals.domain.notification.NotificationRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writing goes through {@link TenantScoped} (the agency whose item it is); reading and marking
 * read bind {@code app.recipient} to the caller on the transaction's connection, so row-level
 * security shows a person their own notifications only, whichever agency wrote them.
 */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    private static final String KEY = JpaNotificationRepository.class.getName() + ".recipient";

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Resource
    TransactionSynchronizationRegistry tx;

    @Override
    public void add(Notification notification) {
        TenantScoped.bind(em, tenants, tx).persist(notification);
    }

    @Override
    public List<Notification> of(String recipient, boolean unreadOnly, int limit) {
        return asRecipient(recipient).createQuery("""
                        select n from Notification n where n.recipient = :me %s
                        order by n.createdAt desc, n.id desc""".formatted(unreadOnly ? "and n.readAt is null" : ""), Notification.class)
                .setParameter("me", recipient).setMaxResults(limit).getResultList();
    }

    @Override
    public long unread(String recipient) {
        return asRecipient(recipient).createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", recipient).getSingleResult();
    }

    @Override
    public int markRead(String recipient, Long id, Instant at) {
        var q = asRecipient(recipient).createQuery("update Notification n set n.readAt = :at, n.version = n.version + 1"
                + " where n.recipient = :me and n.readAt is null" + (id == null ? "" : " and n.id = :id"));
        if (id != null) {
            q.setParameter("id", id);
        }
        return q.setParameter("at", at).setParameter("me", recipient).executeUpdate();
    }

    private EntityManager asRecipient(String recipient) {
        if (tx.getTransactionKey() == null) {
            throw new IllegalStateException("Notifications are read only inside a transaction");
        }
        Connection c = em.unwrap(Connection.class);
        Object bound = tx.getResource(KEY);
        if (bound == null) {
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.recipient', ?, true)")) {
                ps.setString(1, recipient);
                ps.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the recipient on the connection", e);
            }
            tx.putResource(KEY, recipient);
        } else if (!Objects.equals(bound, recipient)) {
            throw new IllegalStateException("One transaction reads one person's notifications only");
        }
        return em;
    }
}
