package cn.huiyin.platform.infrastructure.persistence;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.tenancy.Unit;
import cn.huiyin.platform.domain.tenancy.UnitRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Optional;

/** Units of the caller's agency, always through {@link TenantScoped#bind}. */
@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Resource
    TransactionSynchronizationRegistry tx;

    EntityManager em() {
        return TenantScoped.bind(em, tenants, tx);
    }

    @Override
    public List<Unit> all() {
        return em().createQuery("select u from Unit u order by u.active desc, u.nameZh, u.id", Unit.class).getResultList();
    }

    @Override
    public Optional<Unit> find(long id) {
        return Optional.ofNullable(em().find(Unit.class, id));
    }

    @Override
    public Optional<Unit> findByNameZh(String nameZh) {
        return em().createQuery("select u from Unit u where u.nameZh = :n", Unit.class).setParameter("n", nameZh)
                .getResultStream().findFirst();
    }

    @Override
    public Unit add(Unit unit) {
        em().persist(unit);
        return unit;
    }

    @Override
    public void flush() {
        em().flush();
    }
}
