package cn.huiyin.proposals.application.reply;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.proposals.application.ItemTransitioned;
import cn.huiyin.proposals.application.NotificationRequested;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRepository;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the reply in step with the item's workflow, inside the transition's own transaction
 * (whoever takes it: the reply editor, the item page's buttons or the REST transition): a
 * refusal here undoes the transition, its history and audit line.
 * <ul>
 *   <li>{@code draft_reply}: the round's draft exists (round 2 after an approved first reply);</li>
 *   <li>{@code submit_for_review}: only a complete draft goes (400 {@code reply-incomplete});</li>
 *   <li>{@code approve_reply}: the reply is approved, the item gets its outcome and reply day,
 *       and the proposer is told;</li>
 *   <li>{@code return_for_rework}: the reply is a draft again (returns are counted from history).</li>
 * </ul>
 */
@ApplicationScoped
public class ReplyReview {

    @Inject
    ReplyRepository replies;

    @Inject
    Replies read;

    @Inject
    ProposalItemRepository items;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationRequested> notifications;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onTransition(@Observes ItemTransitioned t) {
        switch (t.action()) {
            case "draft_reply" -> openDraft(t.itemId());
            case "submit_for_review" -> submit(t.itemId());
            case "approve_reply" -> approve(t.tenant(), t.itemId());
            case "return_for_rework" -> read.current(t.itemId()).filter(r -> Reply.SUBMITTED.equals(r.getStatus()))
                    .ifPresent(Reply::returnToDraft);
            default -> {
                // other transitions do not touch the reply
            }
        }
    }

    private void openDraft(long itemId) {
        Reply current = read.current(itemId).orElse(null);
        if (current != null && current.isDraft()) {
            return;
        }
        if (current != null && !current.isApproved()) {
            throw UseCaseException.conflict("state-forbids", "The reply is " + current.getStatus() + ".");
        }
        replies.add(new Reply(itemId, current == null ? 1 : current.getRound() + 1, caller.get().map(Caller::username).orElse(null)));
        replies.flush();
    }

    private void submit(long itemId) {
        Reply draft = read.current(itemId).filter(Reply::isDraft).orElseThrow(() ->
                ReplyRejected.one("reply-incomplete", "body", "no reply has been drafted"));
        List<ReplyRules.Violation> missing = ReplyRules.forSubmission(read.content(draft));
        if (!missing.isEmpty()) {
            throw new ReplyRejected("reply-incomplete", missing);
        }
        draft.submit();
    }

    private void approve(String tenant, long itemId) {
        Reply reply = read.current(itemId).filter(r -> Reply.SUBMITTED.equals(r.getStatus())).orElseThrow(() ->
                UseCaseException.conflict("no-reply", "There is no submitted reply to approve."));
        Instant now = Instant.now(clock);
        reply.approve(caller.require().username(), now);
        ProposalItem item = items.find(itemId).orElseThrow();
        item.recordReply(reply.getOutcome(), Replies.today(now));
        items.flush();
        if (item.getProposerUsername() != null) {
            notifications.fire(new NotificationRequested(tenant, item.getProposerUsername(), "reply-approved", itemId,
                    "您的" + item.getNumber() + "《" + item.getTitle() + "》已答复（" + reply.getOutcome() + "类）。",
                    "Your item " + item.getNumber() + " \"" + item.getTitle() + "\" has been replied to (class " + reply.getOutcome() + ")."));
        }
    }
}
