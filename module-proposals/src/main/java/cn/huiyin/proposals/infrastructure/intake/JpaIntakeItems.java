package cn.huiyin.proposals.infrastructure.intake;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.intake.IntakeItems;
import cn.huiyin.proposals.domain.intake.ItemDraft;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Date;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaIntakeItems implements IntakeItems {

    /** pg_trgm's similarity above which a title counts as similar (its own default is 0.3). */
    static final double TITLE_THRESHOLD = 0.3;

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
    public boolean numberTaken(String session, String number) {
        return em().createQuery("select count(i) from ProposalItem i where i.session = :s and i.number = :n", Long.class)
                .setParameter("s", session).setParameter("n", number).getSingleResult() > 0;
    }

    @Override
    public Set<String> numberKeys(Collection<String> sessions) {
        Set<String> keys = new HashSet<>();
        if (sessions.isEmpty()) {
            return keys;
        }
        em().createQuery("select i.session, i.number from ProposalItem i where i.session in :s", Object[].class)
                .setParameter("s", sessions).getResultList()
                .forEach(r -> keys.add(ItemDraft.numberKey((String) r[0], (String) r[1])));
        return keys;
    }

    @Override
    public ProposalItem add(ProposalItem item) {
        em().persist(item);
        em().flush();
        return item;
    }

    @Override
    public void addCoSigners(long itemId, List<Long> proposerIds) {
        String tenant = tenants.requireAgency();
        for (int i = 0; i < proposerIds.size(); i++) {
            em().createNativeQuery("insert into proposal_item_cosigner (tenant_id, item_id, proposer_id, position) values (?, ?, ?, ?)")
                    .setParameter(1, tenant).setParameter(2, itemId).setParameter(3, proposerIds.get(i)).setParameter(4, i + 1)
                    .executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> coSigners(long itemId) {
        List<Object> ids = em().createNativeQuery("select proposer_id from proposal_item_cosigner where item_id = ? order by position")
                .setParameter(1, itemId).getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).toList();
    }

    /**
     * Native SQL with pg_trgm's {@code %} operator (uses the title's trigram index); row-level
     * security keeps it to the bound agency.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Similar> similar(String title, String proposer, String body, int limit) {
        String t = title == null ? "" : title.strip();
        String p = proposer == null ? "" : proposer.strip();
        String b = body == null ? "" : body.strip();
        List<Object[]> rows = em().createNativeQuery("""
                        select id, session, number, title, proposer, state, assigned_on,
                               greatest(similarity(title, ?1), case when ?3 = '' then 0 else similarity(body, ?3) end) as score,
                               (?2 <> '' and proposer = ?2) as same_proposer
                        from proposal_item
                        where (?1 <> '' and title % ?1) or (?2 <> '' and proposer = ?2)
                           or (?3 <> '' and similarity(body, ?3) > ?4)
                        order by same_proposer desc, score desc, id desc
                        limit ?5""")
                .setParameter(1, t).setParameter(2, p).setParameter(3, b).setParameter(4, TITLE_THRESHOLD).setParameter(5, limit)
                .getResultList();
        return rows.stream().map(r -> new Similar(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], r[6] instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) r[6],
                ((Number) r[7]).doubleValue(), Boolean.TRUE.equals(r[8]))).toList();
    }

    @Override
    public List<ProposalItem> page(String state, int offset, int limit) {
        return em().createQuery("""
                        select i from ProposalItem i where (:state is null or i.state = :state)
                        order by i.assignedOn desc, i.id desc""", ProposalItem.class)
                .setParameter("state", state).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String state) {
        return em().createQuery("select count(i) from ProposalItem i where (:state is null or i.state = :state)", Long.class)
                .setParameter("state", state).getSingleResult();
    }
}
