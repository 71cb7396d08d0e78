package cn.huiyin.proposals.api;

import cn.huiyin.proposals.application.reply.ReplyDetails;
import cn.huiyin.proposals.domain.reply.MilestoneProgress;
import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of the reply endpoints. */
public final class ReplyViews {

    private ReplyViews() {
    }

    public record ProgressView(Instant at, String actor, String note) {
    }

    public record MilestoneView(long id, int position, String title, LocalDate dueOn, LocalDate doneOn, long version,
                                List<ProgressView> progress) {
    }

    public record RoundView(long id, int round, String outcome, String body, String explanation, String status,
                            String draftedBy, String approvedBy, Instant approvedAt, long version) {
    }

    /** {@code reply} is null before the first draft; {@code earlierRounds} are the approved replies before it. */
    public record ReplyView(long itemId, String itemState, long itemVersion, String itemOutcome, LocalDate itemRepliedOn, RoundView reply,
                            List<MilestoneView> milestones, boolean planComplete, List<RoundView> earlierRounds) {
    }

    public record MilestoneInput(Long id,
                                 @Size(max = ReplyRules.TITLE_MAX, message = "at most 300 characters") String title,
                                 LocalDate dueOn) {
    }

    /** {@code version}: the draft's version you last saw; leave it out when there was no draft yet. */
    public record DraftInput(@Pattern(regexp = "[ABC]", message = "must be A, B or C") String outcome,
                             @Size(max = ReplyRules.BODY_MAX, message = "at most 20000 characters") String body,
                             @Size(max = ReplyRules.EXPLANATION_MAX, message = "at most 5000 characters") String explanation,
                             @Valid @Size(max = ReplyRules.MILESTONES_MAX, message = "at most 50 milestones") List<MilestoneInput> milestones,
                             Long version) {

        ReplyRules.Content content() {
            return new ReplyRules.Content(outcome, body, explanation, milestones == null ? List.of()
                    : milestones.stream().map(m -> new ReplyRules.MilestoneDraft(m.id(), m.title(), m.dueOn())).toList());
        }
    }

    public record ProgressInput(@NotNull(message = "must not be blank") @Size(max = 2000, message = "at most 2000 characters") String note,
                                @NotNull(message = "must be the milestone's version you last saw") Long version) {
    }

    public record DoneInput(@Size(max = 2000, message = "at most 2000 characters") String note,
                            @NotNull(message = "must be the milestone's version you last saw") Long version) {
    }

    static ReplyView of(ReplyDetails d) {
        return new ReplyView(d.itemId(), d.itemState(), d.itemVersion(), d.itemOutcome(), d.itemRepliedOn(), d.reply() == null ? null : round(d.reply()),
                d.milestones().stream().map(ReplyViews::milestone).toList(), d.planComplete(),
                d.earlierRounds().stream().map(ReplyViews::round).toList());
    }

    static RoundView round(Reply r) {
        return new RoundView(r.getId(), r.getRound(), r.getOutcome(), r.getBody(), r.getExplanation(), r.getStatus(),
                r.getDraftedBy(), r.getApprovedBy(), r.getApprovedAt(), r.getVersion());
    }

    static MilestoneView milestone(ReplyDetails.Milestone m) {
        PlanMilestone p = m.milestone();
        return new MilestoneView(p.getId(), p.getPosition(), p.getTitle(), p.getDueOn(), p.getDoneOn(), p.getVersion(),
                m.progress().stream().map(ReplyViews::progress).toList());
    }

    static ProgressView progress(MilestoneProgress p) {
        return new ProgressView(p.getAt(), p.getActor(), p.getNote());
    }
}
