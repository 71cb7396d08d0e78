package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.TreeSet;

/** Marking items as key items (重点建议/重点提案), several at once. */
@ApplicationScoped
public class KeyItems {

    @Inject
    ProposalItemRepository items;

    @Inject
    TenantContext tenants;

    @Inject
    AuditLog audit;

    @Transactional
    public int mark(Collection<Long> ids, boolean key) {
        int updated = items.markKey(ids, key);
        audit.record(key ? "item.marked-key" : "item.unmarked-key", tenants.requireAgency(),
                "items:" + new TreeSet<>(ids), null, updated + " updated");
        return updated;
    }
}
