package cn.huiyin.proposals.application.reminder;

import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantJobs;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.proposals.ProposalsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily reminder run: for every agency with the proposals module on (one transaction each,
 * through {@link TenantJobs}), deadlines due within three working days and overdue ones remind the
 * item's handler, its leader and the agency's supervisors. It runs once however many instances
 * start it: the run holds a PostgreSQL advisory lock for its transaction
 * ({@code pg_try_advisory_xact_lock}); an instance that does not get it does nothing. And it is
 * idempotent: {@link AgencyReminders} tells a person about a deadline's stage only once.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
    /** Arbitrary but fixed: the advisory lock key of this job ("huiyin-reminders"). */
    static final long LOCK_KEY = 0x68756979_72656d69L;

    /** @param ran false when another run held the lock */
    public record Outcome(boolean ran, LocalDate asOf, int reminders, List<String> agencies) {
    }

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    @Inject
    TenantJobs jobs;

    @Inject
    AgencyReminders reminders;

    @Inject
    KeycloakAdminClient keycloak;

    @Inject
    AuditLog audit;

    /** Holds the lock in this transaction while each agency's share runs in its own. */
    @Transactional
    @ActivateRequestContext
    public Outcome run(LocalDate asOf) {
        if (!tryLock()) {
            LOG.info(() -> "Reminders as of " + asOf + ": another run holds the lock; nothing to do here");
            return new Outcome(false, asOf, 0, List.of());
        }
        Set<String> supervisors = supervisors();
        AtomicInteger sent = new AtomicInteger();
        List<String> agencies = jobs.forEachEnabledAgency(ProposalsModule.ID,
                agency -> sent.addAndGet(reminders.remind(agency, asOf, supervisors)));
        audit.record("reminders.run", null, "reminders:" + asOf, null, sent.get() + " reminders, " + agencies.size() + " agencies");
        LOG.info(() -> "Reminders as of " + asOf + ": " + sent.get() + " sent for " + agencies.size() + " agencies");
        return new Outcome(true, asOf, sent.get(), agencies);
    }

    private boolean tryLock() {
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the reminder lock", e);
        }
    }

    /** Everybody with the supervisor role (Keycloak holds roles); the agency's members are picked per agency. */
    private Set<String> supervisors() {
        try {
            Set<String> names = new HashSet<>();
            keycloak.usersInRealmRole(Roles.SUPERVISOR).forEach(u -> names.add(u.toLowerCase(java.util.Locale.ROOT)));
            return names;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keycloak did not list the supervisors; reminding handlers and leaders only: " + e.getMessage());
            return Set.of();
        }
    }
}
