package cn.huiyin.platform.infrastructure.persistence;

import cn.huiyin.platform.domain.tenancy.Membership;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.TenancyRepository;
import cn.huiyin.platform.domain.tenancy.TenantModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTenancyRepository implements TenancyRepository {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public List<Organization> activeOrganizationsOf(String username) {
        return em.createQuery("""
                        select o from Organization o, Membership m
                        where m.organizationAlias = o.alias and m.username = :u and m.active = true and o.active = true
                        order by o.alias""", Organization.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    public Optional<TenantModule> moduleSwitch(String tenantId, String moduleId) {
        return Optional.ofNullable(em.find(TenantModule.class, new TenantModule.Key(tenantId, moduleId)));
    }

    @Override
    public List<TenantModule> moduleSwitches(String tenantId) {
        return em.createQuery("select t from TenantModule t where t.tenantId = :t", TenantModule.class)
                .setParameter("t", tenantId).getResultList();
    }

    @Override
    public TenantModule save(TenantModule module) {
        if (em.find(TenantModule.class, new TenantModule.Key(module.getTenantId(), module.getModuleId())) == null) {
            em.persist(module);
            return module;
        }
        return em.merge(module);
    }

    @Override
    public Membership save(Membership membership) {
        em.persist(membership);
        return membership;
    }

    @Override
    public List<Membership> membersOf(String organizationAlias) {
        return em.createQuery("select m from Membership m where m.organizationAlias = :o order by m.username", Membership.class)
                .setParameter("o", organizationAlias).getResultList();
    }

    @Override
    public Optional<Membership> membership(String username, String organizationAlias) {
        return em.createQuery("select m from Membership m where m.username = :u and m.organizationAlias = :o", Membership.class)
                .setParameter("u", username).setParameter("o", organizationAlias).getResultStream().findFirst();
    }

    @Override
    public boolean isKnown(String username) {
        return em.createQuery("select count(m) from Membership m where m.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0;
    }
}
