package cn.huiyin.proposals.domain.deadline;

import cn.huiyin.proposals.domain.ProposalItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current agency's deadlines. */
public interface DeadlineRepository {

    /** A deadline with the item it belongs to, for lists and reminders. */
    record Due(Deadline deadline, ProposalItem item) {
    }

    List<Deadline> ofItem(long itemId);

    Optional<Deadline> find(long itemId, DeadlineKind kind);

    void add(Deadline deadline);

    /** Open deadlines due on or before {@code until}, earliest first. */
    List<Due> openDueBy(LocalDate until);

    void flush();
}
