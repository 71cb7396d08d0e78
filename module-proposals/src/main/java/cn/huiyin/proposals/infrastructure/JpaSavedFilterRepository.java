package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.SavedFilter;
import cn.huiyin.proposals.domain.SavedFilterRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSavedFilterRepository implements SavedFilterRepository {

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
    public List<SavedFilter> of(String owner) {
        return em().createQuery("select f from SavedFilter f where f.owner = :owner order by f.name, f.id", SavedFilter.class)
                .setParameter("owner", owner).getResultList();
    }

    @Override
    public Optional<SavedFilter> find(String owner, long id) {
        return Optional.ofNullable(em().find(SavedFilter.class, id)).filter(f -> f.getOwner().equals(owner));
    }

    @Override
    public Optional<SavedFilter> findByName(String owner, String name) {
        return em().createQuery("select f from SavedFilter f where f.owner = :owner and f.name = :name", SavedFilter.class)
                .setParameter("owner", owner).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public SavedFilter add(SavedFilter filter) {
        em().persist(filter);
        return filter;
    }

    @Override
    public void remove(SavedFilter filter) {
        em().remove(filter);
    }

    @Override
    public void flush() {
        em().flush();
    }
}
