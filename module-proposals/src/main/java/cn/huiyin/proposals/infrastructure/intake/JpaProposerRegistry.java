package cn.huiyin.proposals.infrastructure.intake;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.intake.Proposer;
import cn.huiyin.proposals.domain.intake.ProposerKind;
import cn.huiyin.proposals.domain.intake.ProposerRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Optional;

/** The district registry: bound like any tenant, with the district's alias as the tenant. */
@ApplicationScoped
public class JpaProposerRegistry implements ProposerRegistry {

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
    public Optional<Proposer> find(long id) {
        return Optional.ofNullable(em().find(Proposer.class, id));
    }

    @Override
    public Optional<Proposer> byName(ProposerKind kind, String name) {
        return em().createQuery("select p from Proposer p where p.kind = :kind and p.name = :name", Proposer.class)
                .setParameter("kind", kind.code()).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Proposer> search(String text, ProposerKind kind, int limit) {
        String like = text == null || text.isBlank() ? "%" : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em().createQuery("""
                        select p from Proposer p where p.name like :like escape '\\'
                        and (:kind is null or p.kind = :kind) order by p.name, p.id""", Proposer.class)
                .setParameter("like", like).setParameter("kind", kind == null ? null : kind.code())
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Proposer> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Proposer> found = em().createQuery("select p from Proposer p where p.id in :ids", Proposer.class)
                .setParameter("ids", ids).getResultList();
        return ids.stream().flatMap(id -> found.stream().filter(p -> p.getId().equals(id))).toList();
    }

    @Override
    public Proposer add(Proposer proposer) {
        em().persist(proposer);
        em().flush();
        return proposer;
    }
}
