package cn.huiyin.platform.application.audit;

import cn.huiyin.platform.api.problem.RequestIds;
import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.domain.audit.AuditEntry;
import cn.huiyin.platform.domain.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Appends to the audit log inside the caller's transaction: no state change without its line. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Instance<HttpServletRequest> request;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String tenantId, String subject, String before, String after) {
        String actor = caller.get().map(Caller::username).orElse("system");
        String requestId = null;
        try {
            requestId = RequestIds.of(request.get());
        } catch (RuntimeException noRequest) {
            // a scheduled job has no request; its lines carry no request id
        }
        em.persist(new AuditEntry(Instant.now(clock), actor, tenantId, action, subject, before, after, requestId));
    }

    /** Newest first; {@code tenantId == null} means every tenant (platform admins only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latest(String tenantId, int offset, int limit) {
        var q = tenantId == null
                ? em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                : em.createQuery("select a from AuditEntry a where a.tenantId = :t order by a.at desc, a.id desc", AuditEntry.class)
                        .setParameter("t", tenantId);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
