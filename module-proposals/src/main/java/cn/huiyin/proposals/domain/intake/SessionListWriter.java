package cn.huiyin.proposals.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Stores a checked session list, all rows or none: the district's new proposers, then every
 * agency's items with their co-signers and {@code register} history entries, in the caller's
 * one transaction.
 */
public interface SessionListWriter {

    /** @return the new items' ids per agency alias, in the order of the drafts */
    Map<String, List<Long>> write(String district, List<ItemDraft> drafts, String actor, Instant at);
}
