package cn.huiyin.proposals.application.reply;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.proposals.application.NotificationRequested;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.reply.MilestoneProgress;
import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRepository;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Following an approved B reply's plan through (分期落实): progress notes on a milestone and
 * marking it done, each with a history entry (the item's state stays), an audit line and a
 * notification to the proposer. The milestone's version guards it (stale → 409).
 */
@ApplicationScoped
public class PlanProgress {

    public static final int NOTE_MAX = 2000;

    @Inject
    ProposalItemRepository items;

    @Inject
    ReplyRepository replies;

    @Inject
    Replies read;

    @Inject
    CurrentCaller caller;

    @Inject
    TenantContext tenants;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationRequested> notifications;

    @Transactional
    public ReplyDetails record(long itemId, long milestoneId, long expectedVersion, String note) {
        if (note == null || note.isBlank()) {
            throw ReplyRejected.one("validation", "note", "must not be blank");
        }
        if (note.strip().length() > NOTE_MAX) {
            throw ReplyRejected.one("validation", "note", "at most " + NOTE_MAX + " characters");
        }
        Step s = step(itemId, milestoneId, expectedVersion);
        replies.add(new MilestoneProgress(milestoneId, s.now, s.who.username(), note.strip()));
        replies.flush();
        finish(s, "record_progress", "reply.milestone.progress", note.strip(), "plan-progress",
                "《" + s.item.getTitle() + "》落实进展（" + s.milestone.getTitle() + "）：" + note.strip(),
                "Progress on \"" + s.item.getTitle() + "\" (" + s.milestone.getTitle() + "): " + note.strip());
        return read.details(s.item);
    }

    @Transactional
    public ReplyDetails done(long itemId, long milestoneId, long expectedVersion, String note) {
        Step s = step(itemId, milestoneId, expectedVersion);
        if (s.milestone.isDone()) {
            throw UseCaseException.conflict("milestone-done", "This milestone is already done.");
        }
        s.milestone.markDone(Replies.today(s.now));
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null) {
            replies.add(new MilestoneProgress(milestoneId, s.now, s.who.username(), text));
        }
        replies.flush();
        boolean complete = ReplyRules.planComplete(replies.milestonesOf(s.milestone.getReplyId()));
        finish(s, "complete_milestone", "reply.milestone.done", text, complete ? "plan-complete" : "plan-progress",
                "《" + s.item.getTitle() + "》落实计划“" + s.milestone.getTitle() + "”已完成" + (complete ? "，计划全部落实。" : "。"),
                "\"" + s.item.getTitle() + "\": milestone \"" + s.milestone.getTitle() + "\" is done" + (complete ? "; the plan is complete." : "."));
        return read.details(s.item);
    }

    private record Step(Caller who, ProposalItem item, PlanMilestone milestone, Instant now) {
    }

    private Step step(long itemId, long milestoneId, long expectedVersion) {
        Caller who = caller.require();
        ProposalItem item = items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        PlanMilestone m = replies.milestone(milestoneId).filter(x -> x.getItemId() == itemId)
                .orElseThrow(() -> UseCaseException.notFound("Milestone " + milestoneId));
        boolean approved = replies.ofItem(itemId).stream().anyMatch(r -> r.getId().equals(m.getReplyId()) && r.isApproved());
        if (!approved) {
            throw UseCaseException.conflict("plan-not-approved", "Progress is recorded on the plan of an approved reply only.");
        }
        if (m.getVersion() != expectedVersion) {
            throw UseCaseException.conflict("stale-version", "Somebody else changed this milestone in the meantime; reload and try again.");
        }
        replies.touch(m);
        return new Step(who, item, m, Instant.now(clock));
    }

    private void finish(Step s, String action, String auditAction, String note, String kind, String zh, String en) {
        String reason = s.milestone.getTitle() + (note == null ? "" : "：" + note);
        items.addHistory(new ItemHistoryEntry(s.item.getId(), s.now, s.who.username(), action, s.item.getState(), s.item.getState(),
                reason.length() > 2000 ? reason.substring(0, 2000) : reason));
        String tenant = tenants.requireAgency();
        audit.record(auditAction, tenant, "item:" + s.item.getId() + "/milestone:" + s.milestone.getId(), null,
                s.milestone.isDone() ? "done" : "progress");
        if (s.item.getProposerUsername() != null) {
            notifications.fire(new NotificationRequested(tenant, s.item.getProposerUsername(), kind, s.item.getId(), zh, en));
        }
    }
}
