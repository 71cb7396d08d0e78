package cn.huiyin.proposals.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Items of the current tenant only; the tenant is never a parameter here. */
public interface ProposalItemRepository {

    /** Newest assignment first, then by id: a stable order for paging. */
    List<ProposalItem> page(String state, int offset, int limit);

    long count(String state);

    Optional<ProposalItem> find(long id);

    Map<String, Long> countByState();

    /** Flags items as key items (重点建议/提案); ids of other tenants are silently untouched. */
    int markKey(java.util.Collection<Long> ids, boolean key);

    /** Writes pending changes now, so a stale version fails inside the use case (409), not at commit. */
    void flush();

    void addHistory(ItemHistoryEntry entry);

    /** The item's transitions, oldest first. */
    List<ItemHistoryEntry> history(long itemId);
}
