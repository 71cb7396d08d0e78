package cn.huiyin.proposals.domain.proposer;

import cn.huiyin.proposals.domain.ProposalItem;

import java.util.List;
import java.util.Optional;

/** The current agency's items whose lead proposer has the given account (the proposer's portal). */
public interface ProposerItemRepository {

    /** Newest assignment first. */
    List<ProposalItem> of(String proposerUsername);

    /** The item when it is this proposer's; empty for anyone else's, as for one that does not exist. */
    Optional<ProposalItem> find(long itemId, String proposerUsername);
}
