package cn.huiyin.proposals.application.reply;

import cn.huiyin.proposals.domain.reply.MilestoneProgress;
import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;

import java.util.List;

/**
 * An item's reply as a reader sees it: the current round's reply (null before the first draft)
 * with its plan, and the earlier rounds. Read inside the transaction, safe to use after it.
 */
public record ReplyDetails(long itemId, String itemState, long itemVersion, String itemOutcome,
                           java.time.LocalDate itemRepliedOn, Reply reply,
                           List<Milestone> milestones, boolean planComplete, List<Reply> earlierRounds) {

    /** A milestone with its progress notes, oldest first. */
    public record Milestone(PlanMilestone milestone, List<MilestoneProgress> progress) {
    }
}
