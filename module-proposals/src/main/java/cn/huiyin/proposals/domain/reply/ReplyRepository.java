package cn.huiyin.proposals.domain.reply;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Replies, plan milestones and progress of the current tenant only. */
public interface ReplyRepository {

    /** Every round's reply of an item, first round first. */
    List<Reply> ofItem(long itemId);

    Optional<PlanMilestone> milestone(long id);

    /** The reply's milestones by position. */
    List<PlanMilestone> milestonesOf(long replyId);

    /** Progress notes of the given milestones, oldest first. */
    List<MilestoneProgress> progressOf(List<Long> milestoneIds);

    /** Items with an outcome (replied), latest reply first. */
    List<cn.huiyin.proposals.domain.ProposalItem> repliedItems(int limit);

    void add(Object replyOrMilestoneOrProgress);

    void remove(PlanMilestone milestone);

    /** Raises the version although nothing else of it changed (a draft whose milestones changed, a milestone with a new note): two editors conflict. */
    void touch(Object replyOrMilestone);

    void flush();

    /** Returns for rework per undertaking unit (null key: no unit), counted from the items' history. */
    Map<Long, Long> returnsByUnit();
}
