package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.proposer.ItemFacts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Native SQL on the reply, plan and deadline tables (their entities live in other slices). No
 * tenant condition in the SQL: the bound tenant and row-level security keep it to the agency.
 */
@ApplicationScoped
public class SqlItemFacts implements ItemFacts {

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
    @SuppressWarnings("unchecked")
    public List<Deadline> deadlines(long itemId) {
        List<Object[]> rows = em().createNativeQuery(
                        "select kind, due_on, met_at from proposal_deadline where item_id = ? order by due_on, id")
                .setParameter(1, itemId).getResultList();
        return rows.stream().map(r -> new Deadline((String) r[0], date(r[1]), instant(r[2]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Reply> latestReply(long itemId, boolean approvedOnly) {
        List<Object[]> rows = em().createNativeQuery("""
                        select round, outcome, body, explanation, status, approved_at from proposal_reply
                        where item_id = ? and (status = 'approved' or not ?) order by round desc limit 1""")
                .setParameter(1, itemId).setParameter(2, approvedOnly).getResultList();
        return rows.stream().findFirst().map(r -> new Reply(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], instant(r[5])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Milestone> plan(long itemId) {
        List<Object[]> rows = em().createNativeQuery("""
                        select m.id, m.position, m.title, m.due_on, m.done_on from proposal_plan_milestone m
                        where m.reply_id = (select r.id from proposal_reply r where r.item_id = ? and r.status = 'approved'
                                            order by r.round desc limit 1)
                        order by m.position, m.id""")
                .setParameter(1, itemId).getResultList();
        List<Milestone> plan = new ArrayList<>();
        for (Object[] r : rows) {
            List<Object[]> progress = em().createNativeQuery(
                            "select at, note from proposal_milestone_progress where milestone_id = ? order by at, id")
                    .setParameter(1, ((Number) r[0]).longValue()).getResultList();
            plan.add(new Milestone(((Number) r[1]).intValue(), (String) r[2], date(r[3]), date(r[4]),
                    progress.stream().map(p -> new Progress(instant(p[0]), (String) p[1])).toList()));
        }
        return plan;
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.sql.Timestamp t -> t.toInstant();
            case OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp " + value.getClass());
        };
    }
}
