package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.reply.MilestoneProgress;
import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaReplyRepository implements ReplyRepository {

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
    public List<Reply> ofItem(long itemId) {
        return em().createQuery("select r from Reply r where r.itemId = :item order by r.round", Reply.class)
                .setParameter("item", itemId).getResultList();
    }

    @Override
    public Optional<PlanMilestone> milestone(long id) {
        return Optional.ofNullable(em().find(PlanMilestone.class, id));
    }

    @Override
    public List<PlanMilestone> milestonesOf(long replyId) {
        return em().createQuery("select m from PlanMilestone m where m.replyId = :reply order by m.position, m.id", PlanMilestone.class)
                .setParameter("reply", replyId).getResultList();
    }

    @Override
    public List<MilestoneProgress> progressOf(List<Long> milestoneIds) {
        if (milestoneIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select p from MilestoneProgress p where p.milestoneId in :ids order by p.at, p.id", MilestoneProgress.class)
                .setParameter("ids", milestoneIds).getResultList();
    }

    @Override
    public List<cn.huiyin.proposals.domain.ProposalItem> repliedItems(int limit) {
        return em().createQuery("select i from ProposalItem i where i.outcome is not null order by i.repliedOn desc, i.id desc",
                cn.huiyin.proposals.domain.ProposalItem.class).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(Object entity) {
        em().persist(entity);
    }

    @Override
    public void remove(PlanMilestone milestone) {
        em().remove(milestone);
    }

    @Override
    public void touch(Object reply) {
        em().lock(reply, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void flush() {
        em().flush();
    }

    /** Plain SQL without a tenant condition: row-level security keeps it to the caller's agency. */
    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, Long> returnsByUnit() {
        List<Object[]> rows = em().createNativeQuery("""
                select i.unit_id, count(*) from proposal_item_history h join proposal_item i on i.id = h.item_id
                where h.action = 'return_for_rework' group by i.unit_id order by count(*) desc""").getResultList();
        Map<Long, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r[0] == null ? null : ((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }
}
