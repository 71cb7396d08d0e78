package cn.huiyin.proposals.domain.intake;

import cn.huiyin.proposals.domain.ProposalItem;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** What intake needs of the current agency's items; the agency is the bound tenant. */
public interface IntakeItems {

    /** A similar earlier item: why it is similar is the score (title trigram similarity) or the same proposer. */
    record Similar(long id, String session, String number, String title, String proposer, String state,
                   java.time.LocalDate assignedOn, double score, boolean sameProposer) {
    }

    boolean numberTaken(String session, String number);

    /** {@link ItemDraft#numberKey} of the agency's items in these sessions. */
    Set<String> numberKeys(Collection<String> sessions);

    /** Persists and flushes (the id is known afterwards). */
    ProposalItem add(ProposalItem item);

    void addCoSigners(long itemId, List<Long> proposerIds);

    /** Registry ids of the item's co-signers, in order. */
    List<Long> coSigners(long itemId);

    /** Same proposer, or a title similar to {@code title} / a body similar to {@code body}; best first. */
    List<Similar> similar(String title, String proposer, String body, int limit);

    List<ProposalItem> page(String state, int offset, int limit);

    long count(String state);
}
