package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaProposalItemRepository implements ProposalItemRepository {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Resource
    TransactionSynchronizationRegistry tx;

    /** Every access goes through here: the tenant is bound for JPA and for row-level security. */
    EntityManager em() {
        return TenantScoped.bind(em, tenants, tx);
    }

    @Override
    public List<ProposalItem> page(String state, int offset, int limit) {
        return em().createQuery("""
                        select i from ProposalItem i where (:state is null or i.state = :state)
                        order by i.assignedOn desc, i.id desc""", ProposalItem.class)
                .setParameter("state", state)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(String state) {
        return em().createQuery("select count(i) from ProposalItem i where (:state is null or i.state = :state)", Long.class)
                .setParameter("state", state).getSingleResult();
    }

    @Override
    public Optional<ProposalItem> find(long id) {
        return Optional.ofNullable(em().find(ProposalItem.class, id));
    }

    /**
     * Plain SQL without a tenant condition, as reports will run it: row-level security alone
     * keeps it to the current tenant (tested).
     */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Long> countByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = em().createNativeQuery("select state, count(*) from proposal_item group by state order by state")
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** Bulk JPQL updates: EclipseLink adds no tenant filter to them; row-level security does (tested). */
    @Override
    public java.util.Set<Long> markKey(Map<Long, Long> expectedVersions, boolean key) {
        java.util.Set<Long> updated = new java.util.TreeSet<>();
        var update = em().createQuery("""
                update ProposalItem i set i.keyItem = :key, i.version = i.version + 1
                where i.id = :id and i.version = :version""");
        expectedVersions.forEach((id, version) -> {
            if (update.setParameter("key", key).setParameter("id", id).setParameter("version", version).executeUpdate() == 1) {
                updated.add(id);
            }
        });
        return updated;
    }

    @Override
    public java.util.Set<Long> existing(java.util.Collection<Long> ids) {
        return new java.util.TreeSet<>(em().createQuery("select i.id from ProposalItem i where i.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public void addHistory(ItemHistoryEntry entry) {
        em().persist(entry);
    }

    @Override
    public List<ItemHistoryEntry> history(long itemId) {
        return em().createQuery("select h from ItemHistoryEntry h where h.itemId = :item order by h.at, h.id", ItemHistoryEntry.class)
                .setParameter("item", itemId).getResultList();
    }
}
