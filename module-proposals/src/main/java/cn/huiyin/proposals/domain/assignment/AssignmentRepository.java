package cn.huiyin.proposals.domain.assignment;

import cn.huiyin.proposals.domain.ProposalItem;

import java.util.List;
import java.util.Optional;

/** Assignment data of the current tenant (bound like every repository); the tenant is never a parameter. */
public interface AssignmentRepository {

    List<String> handlingGroup(long itemId);

    void replaceHandlingGroup(long itemId, List<String> usernames);

    /** Bumps the item's version: a change of its group alone is still a change of the item. */
    void touch(ProposalItem item);

    /** Co-handlers of one of the current agency's items (it is the lead), by co-handling agency. */
    List<CoHandling> coHandlersOf(long leadItemId);

    /** Rows the current agency co-handles, earliest due first. */
    List<CoHandling> coHandled();

    /** A row the current agency co-handles; another agency's row is not found. */
    Optional<CoHandling> coHandled(long id);

    /** The row of the current agency for a given lead item. */
    Optional<CoHandling> coHandledFor(String leadTenant, long leadItemId);

    CoHandling add(CoHandling row);

    ProposalItem add(ProposalItem item);

    /** Items in this state, oldest assignment first. */
    List<ProposalItem> inState(String state, int limit);

    /** Items still to handle (not closed, not reassigned away), newest first. */
    List<ProposalItem> open(int limit);

    boolean numberTaken(String session, String number);

    void flush();
}
