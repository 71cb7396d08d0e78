package cn.huiyin.platform.infrastructure.persistence;

import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public Optional<Organization> findActiveByAlias(String alias) {
        return em.createQuery("select o from Organization o where o.alias = :alias and o.active = true", Organization.class)
                .setParameter("alias", alias)
                .getResultStream().findFirst();
    }

    @Override
    public List<Organization> agenciesOf(String districtAlias) {
        return em.createQuery("select o from Organization o where o.districtAlias = :d order by o.alias", Organization.class)
                .setParameter("d", districtAlias).getResultList();
    }

    @Override
    public Organization add(Organization organization) {
        em.persist(organization);
        return organization;
    }

    @Override
    public List<Organization> findAll() {
        return em.createQuery("select o from Organization o order by o.kind, o.alias", Organization.class).getResultList();
    }
}
