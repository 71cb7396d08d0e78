package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.huiyin.platform.application.UseCaseException;

import java.util.Map;
import java.util.Set;
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

    /**
     * Flags each item the caller saw at the given version. All or nothing: if one of the
     * agency's items changed since (its version moved on), nothing is flagged (409
     * {@code stale-version}). Ids of other agencies, like ids that do not exist, are left alone.
     */
    @Transactional
    public int mark(Map<Long, Long> expectedVersions, boolean key) {
        String tenant = tenants.requireAgency();
        Set<Long> updated = items.markKey(expectedVersions, key);
        Set<Long> missed = new TreeSet<>(expectedVersions.keySet());
        missed.removeAll(updated);
        if (!missed.isEmpty() && !items.existing(missed).isEmpty()) {
            // a bulk UPDATE … WHERE version = ? matched no row: the item moved on (the exception rolls back the batch)
            throw UseCaseException.conflict("stale-version", "Items " + items.existing(missed)
                    + " were changed by somebody else in the meantime; reload and try again.");
        }
        audit.record(key ? "item.marked-key" : "item.unmarked-key", tenant, "items:" + updated, null, updated.size() + " updated");
        return updated.size();
    }
}
