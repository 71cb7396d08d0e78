package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.application.search.ItemFilter;
import cn.huiyin.proposals.application.search.ItemRow;
import cn.huiyin.proposals.application.search.ItemSearchRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The item list in native SQL ({@link ItemSearchSql}), bound to the tenant like every repository. */
@ApplicationScoped
public class NativeItemSearchRepository implements ItemSearchRepository {

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Resource
    TransactionSynchronizationRegistry tx;

    @Override
    public List<ItemRow> find(ItemFilter filter, String assignee, LocalDate today) {
        EntityManager bound = TenantScoped.bind(em, tenants, tx);
        return rows(query(bound, ItemSearchSql.select(filter, tenants.requireAgency(), assignee, today)));
    }

    @Override
    public long count(ItemFilter filter, String assignee, LocalDate today) {
        EntityManager bound = TenantScoped.bind(em, tenants, tx);
        return ((Number) query(bound, ItemSearchSql.count(filter, tenants.requireAgency(), assignee, today)).getSingleResult())
                .longValue();
    }

    @Override
    public Optional<ItemRow> row(long id) {
        EntityManager bound = TenantScoped.bind(em, tenants, tx);
        return rows(query(bound, ItemSearchSql.row(id, tenants.requireAgency()))).stream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UnitOption> units() {
        EntityManager bound = TenantScoped.bind(em, tenants, tx);
        List<Object[]> rows = bound.createNativeQuery("SELECT id, name_zh, name_en FROM platform_unit WHERE tenant_id = ?1 AND active "
                + "ORDER BY name_zh, id").setParameter(1, tenants.requireAgency()).getResultList();
        return rows.stream().map(r -> new UnitOption(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    private static Query query(EntityManager em, ItemSearchSql.Sql sql) {
        Query q = em.createNativeQuery(sql.text());
        for (int i = 0; i < sql.params().size(); i++) {
            q.setParameter(i + 1, sql.params().get(i));
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<ItemRow> rows(Query q) {
        return ((List<Object[]>) q.getResultList()).stream().map(NativeItemSearchRepository::row).toList();
    }

    private static ItemRow row(Object[] r) {
        return new ItemRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (Boolean) r[7], (String) r[8], date(r[9]), ((Number) r[10]).longValue(),
                (String) r[11], (String) r[12], (String) r[13], (String) r[14], r[15] == null ? null : ((Number) r[15]).longValue(),
                (String) r[16], (String) r[17], date(r[18]), date(r[19]));
    }

    private static LocalDate date(Object o) {
        return switch (o) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(o.toString());
        };
    }
}
