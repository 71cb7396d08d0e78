package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.proposer.ProposerItemRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProposerItemRepository implements ProposerItemRepository {

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
    public List<ProposalItem> of(String proposerUsername) {
        return em().createQuery("""
                        select i from ProposalItem i where i.proposerUsername = :u
                        order by i.assignedOn desc, i.id desc""", ProposalItem.class)
                .setParameter("u", proposerUsername).getResultList();
    }

    @Override
    public Optional<ProposalItem> find(long itemId, String proposerUsername) {
        return Optional.ofNullable(em().find(ProposalItem.class, itemId))
                .filter(i -> proposerUsername.equals(i.getProposerUsername()));
    }
}
