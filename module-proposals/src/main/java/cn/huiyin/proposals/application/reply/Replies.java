package cn.huiyin.proposals.application.reply;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.reply.MilestoneProgress;
import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRepository;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shared reading of an item's replies for the reply use cases (no transaction of its own). */
@ApplicationScoped
public class Replies {

    /** Dates of replies and milestones are the agencies' local dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    ReplyRepository replies;

    /** The latest round's reply, if any. */
    public Optional<Reply> current(long itemId) {
        List<Reply> all = replies.ofItem(itemId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    public ReplyDetails details(ProposalItem item) {
        List<Reply> all = replies.ofItem(item.getId());
        Reply current = all.isEmpty() ? null : all.getLast();
        List<PlanMilestone> milestones = current == null || current.getId() == null ? List.of() : replies.milestonesOf(current.getId());
        Map<Long, List<MilestoneProgress>> progress = replies.progressOf(milestones.stream().map(PlanMilestone::getId).toList())
                .stream().collect(Collectors.groupingBy(MilestoneProgress::getMilestoneId));
        return new ReplyDetails(item.getId(), item.getState(), item.getVersion(), item.getOutcome(), item.getRepliedOn(), current,
                milestones.stream().map(m -> new ReplyDetails.Milestone(m, progress.getOrDefault(m.getId(), List.of()))).toList(),
                "B".equals(current == null ? null : current.getOutcome()) && ReplyRules.planComplete(milestones),
                all.isEmpty() ? List.of() : List.copyOf(all.subList(0, all.size() - 1)));
    }

    /** The reply's content as the rules read it. */
    public ReplyRules.Content content(Reply reply) {
        return new ReplyRules.Content(reply.getOutcome(), reply.getBody(), reply.getExplanation(),
                reply.getId() == null ? List.of() : replies.milestonesOf(reply.getId()).stream()
                        .map(m -> new ReplyRules.MilestoneDraft(m.getId(), m.getTitle(), m.getDueOn())).toList());
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    static UseCaseException stale() {
        return UseCaseException.conflict("stale-version", "Somebody else changed this reply in the meantime; reload and try again.");
    }
}
