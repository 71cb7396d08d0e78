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

    /**
     * Flags items as key items (重点建议/提案), each only if it still has the version given (a bulk
     * update: row-level security keeps it in the tenant); ids of other tenants are silently untouched.
     *
     * @return the ids updated
     */
    java.util.Set<Long> markKey(Map<Long, Long> expectedVersions, boolean key);

    /** Which of these ids are the current tenant's items. */
    java.util.Set<Long> existing(java.util.Collection<Long> ids);

    /** Writes pending changes now, so a stale version fails inside the use case (409), not at commit. */
    void flush();

    void addHistory(ItemHistoryEntry entry);

    /** The item's transitions, oldest first. */
    List<ItemHistoryEntry> history(long itemId);
}
