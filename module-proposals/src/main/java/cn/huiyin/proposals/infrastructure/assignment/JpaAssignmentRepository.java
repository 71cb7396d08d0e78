package cn.huiyin.proposals.infrastructure.assignment;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.assignment.AssignmentRepository;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import cn.huiyin.proposals.domain.assignment.HandlingMember;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Resource
    TransactionSynchronizationRegistry tx;

    EntityManager em() {
        return TenantScoped.bind(em, tenants, tx);
    }

    @Override
    public List<String> handlingGroup(long itemId) {
        return em().createQuery("select m.username from HandlingMember m where m.itemId = :item order by m.username", String.class)
                .setParameter("item", itemId).getResultList();
    }

    @Override
    public void replaceHandlingGroup(long itemId, List<String> usernames) {
        EntityManager em = em();
        em.createQuery("select m from HandlingMember m where m.itemId = :item", HandlingMember.class)
                .setParameter("item", itemId).getResultList().forEach(em::remove);
        em.flush();
        usernames.forEach(u -> em.persist(new HandlingMember(itemId, u)));
    }

    @Override
    public void touch(ProposalItem item) {
        em().lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public List<CoHandling> coHandlersOf(long leadItemId) {
        EntityManager em = em();
        return em.createQuery("select c from CoHandling c where c.leadTenantId = :me and c.leadItemId = :item order by c.tenantId",
                        CoHandling.class)
                .setParameter("me", tenants.requireAgency()).setParameter("item", leadItemId).getResultList();
    }

    @Override
    public List<CoHandling> coHandled() {
        EntityManager em = em();
        return em.createQuery("select c from CoHandling c where c.tenantId = :me order by c.dueOn, c.id", CoHandling.class)
                .setParameter("me", tenants.requireAgency()).setMaxResults(500).getResultList();
    }

    @Override
    public Optional<CoHandling> coHandled(long id) {
        EntityManager em = em();
        return em.createQuery("select c from CoHandling c where c.tenantId = :me and c.id = :id", CoHandling.class)
                .setParameter("me", tenants.requireAgency()).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<CoHandling> coHandledFor(String leadTenant, long leadItemId) {
        EntityManager em = em();
        return em.createQuery("""
                        select c from CoHandling c where c.tenantId = :me and c.leadTenantId = :lead and c.leadItemId = :item""",
                        CoHandling.class)
                .setParameter("me", tenants.requireAgency()).setParameter("lead", leadTenant).setParameter("item", leadItemId)
                .getResultStream().findFirst();
    }

    @Override
    public CoHandling add(CoHandling row) {
        em().persist(row);
        return row;
    }

    @Override
    public ProposalItem add(ProposalItem item) {
        em().persist(item);
        return item;
    }

    @Override
    public List<ProposalItem> inState(String state, int limit) {
        return em().createQuery("select i from ProposalItem i where i.state = :state order by i.assignedOn, i.id", ProposalItem.class)
                .setParameter("state", state).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ProposalItem> open(int limit) {
        return em().createQuery("""
                        select i from ProposalItem i where i.state not in ('closed', 'reassigned_away')
                        order by i.assignedOn desc, i.id desc""", ProposalItem.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean numberTaken(String session, String number) {
        return em().createQuery("select count(i) from ProposalItem i where i.session = :s and i.number = :n", Long.class)
                .setParameter("s", session).setParameter("n", number).getSingleResult() > 0;
    }

    @Override
    public void flush() {
        em().flush();
    }
}
