package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.proposer.ItemFacts;
import cn.huiyin.proposals.domain.proposer.Rating;
import cn.huiyin.proposals.domain.proposer.RatingCode;
import cn.huiyin.proposals.domain.proposer.RatingRepository;
import cn.huiyin.proposals.domain.workflow.TransitionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A rating of a replied item, once per reply round: by the proposer in the portal (authorised by
 * being the item's proposer, see {@link ProposerPortal}) or, given on paper, entered by staff whose
 * role the workflow allows (supervisor) and marked so. It takes the item's rate_* transition
 * (unsatisfied → re-handling, which needs a comment, and writes the re-handling reply deadline,
 * default one month), sets the item's rating, and writes history, audit and the transition event.
 */
@ApplicationScoped
public class ItemRatings {

    @Inject
    ProposalItemRepository items;

    @Inject
    RatingRepository ratings;

    @Inject
    ItemFacts facts;

    @Inject
    TenantContext tenants;

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog permissions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<ItemTransitioned> transitioned;

    @Inject
    Event<NotificationRequested> notifications;


    /** Staff enter a rating the proposer gave on paper, for an item of their own agency. */
    @Transactional
    public Rating onPaper(long itemId, String rating, String comment, long expectedVersion) {
        Caller who = caller.require();
        if (!permissions.permissionsOf(who.roles()).contains(ProposalsModule.RATE_ON_PAPER)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden",
                    "Your role may not enter paper ratings (" + ProposalsModule.RATE_ON_PAPER + ").");
        }
        RatingCode code = code(rating);
        ProposalItem item = items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        return record(item, code, comment, expectedVersion, true, who.roles(), who.username());
    }

    /** The item's ratings, oldest round first (staff of its agency). */
    @Transactional
    public List<Rating> of(long itemId) {
        items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        return ratings.of(itemId);
    }

    static RatingCode code(String rating) {
        return RatingCode.ofCode(rating).orElseThrow(() -> UseCaseException.invalid("unknown-rating",
                "A rating is satisfied, basically_satisfied or unsatisfied."));
    }

    /**
     * Rates {@code item} (of the agency the transaction is bound to) as {@code actor} with
     * {@code roles}. The round is the one after the ratings already given; the workflow lets only a
     * replied item be rated, so each round is rated once (409 state-forbids otherwise).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rating record(ProposalItem item, RatingCode code, String comment, long expectedVersion, boolean onPaper,
                  Set<String> roles, String actor) {
        String tenant = tenants.requireAgency();
        if (item.getVersion() != expectedVersion) {
            throw ItemTransitions.stale();
        }
        if (comment != null && comment.length() > 2000) {
            throw UseCaseException.invalid("comment-too-long", "A comment has at most 2000 characters.");
        }
        int round = ratings.of(item.getId()).size() + 1;
        Instant now = Instant.now(clock);
        ItemHistoryEntry entry;
        try {
            entry = item.apply(code.action(), roles, comment, actor, now);
        } catch (TransitionRefused refused) {
            throw ItemTransitions.refusal(refused);
        }
        item.recordRating(code.code());
        items.flush();
        items.addHistory(entry);
        Rating rating = new Rating(item.getId(), round, code, comment, onPaper, actor, now);
        ratings.add(rating);
        audit.record("item." + code.action().code(), tenant, "item:" + item.getId(), entry.getFromState(),
                entry.getToState() + " (round " + round + (onPaper ? ", on paper" : "") + ")");
        // the deadline slice starts re-handling's deadline from the district's rule on this event
        transitioned.fire(new ItemTransitioned(tenant, item.getId(), code.action().code(), entry.getFromState(), entry.getToState()));
        if (code == RatingCode.UNSATISFIED && item.getHandlerUsername() != null) {
            LocalDate due = facts.deadlines(item.getId()).stream().filter(d -> d.kind().equals(ItemFacts.REHANDLING_REPLY) && d.metAt() == null)
                    .map(ItemFacts.Deadline::dueOn).findFirst().orElse(null);
            notifications.fire(new NotificationRequested(tenant, item.getHandlerUsername(), "rated_unsatisfied", item.getId(),
                    item.getNumber() + "：代表/委员不满意，请" + (due == null ? "" : "于" + due + "前") + "重新办理并再次答复。",
                    item.getNumber() + ": the proposer is unsatisfied; handle it again and reply" + (due == null ? "." : " by " + due + ".")));
        }
        return rating;
    }
}
