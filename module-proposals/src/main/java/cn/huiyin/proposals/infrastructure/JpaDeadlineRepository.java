package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.deadline.Deadline;
import cn.huiyin.proposals.domain.deadline.DeadlineKind;
import cn.huiyin.proposals.domain.deadline.DeadlineRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeadlineRepository implements DeadlineRepository {

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
    public List<Deadline> ofItem(long itemId) {
        return em().createQuery("select d from Deadline d where d.itemId = :item order by d.dueOn, d.id", Deadline.class)
                .setParameter("item", itemId).getResultList();
    }

    @Override
    public Optional<Deadline> find(long itemId, DeadlineKind kind) {
        return em().createQuery("select d from Deadline d where d.itemId = :item and d.kind = :kind", Deadline.class)
                .setParameter("item", itemId).setParameter("kind", kind.code()).getResultStream().findFirst();
    }

    @Override
    public void add(Deadline deadline) {
        em().persist(deadline);
    }

    @Override
    public List<Due> openDueBy(LocalDate until) {
        return em().createQuery("""
                        select d, i from Deadline d, ProposalItem i
                        where i.id = d.itemId and d.metAt is null and d.dueOn <= :until
                        order by d.dueOn, d.id""", Object[].class)
                .setParameter("until", until).getResultList().stream()
                .map(r -> new Due((Deadline) r[0], (ProposalItem) r[1])).toList();
    }

    @Override
    public void flush() {
        em().flush();
    }
}
