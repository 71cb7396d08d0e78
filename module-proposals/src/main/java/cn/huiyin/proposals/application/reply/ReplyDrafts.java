package cn.huiyin.proposals.application.reply;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.proposals.application.ItemTransitions;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRepository;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import cn.huiyin.proposals.domain.workflow.ItemAction;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.proposals.domain.workflow.Workflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writing the reply of an item (handler or leader). Saving the first draft of a round takes the
 * workflow's {@code draft_reply} transition itself (history, audit), so nobody has to press
 * "draft reply" before writing; later saves edit the draft while the item is {@code reply_drafted}.
 * The draft's {@code version} guards the text and the plan together (stale → 409).
 */
@ApplicationScoped
public class ReplyDrafts {

    /** States in which saving a draft first takes {@code draft_reply}. */
    static final Set<ItemState> OPENS_DRAFT = EnumSet.of(ItemState.IN_HANDLING, ItemState.RETURNED_FOR_REWORK, ItemState.RE_HANDLING);

    @Inject
    ProposalItemRepository items;

    @Inject
    ReplyRepository replies;

    @Inject
    Replies read;

    @Inject
    ItemTransitions transitions;

    @Inject
    CurrentCaller caller;

    @Inject
    TenantContext tenants;

    @Inject
    AuditLog audit;

    @Transactional
    public ReplyDetails get(long itemId) {
        return read.details(item(itemId));
    }

    /**
     * Saves the draft of the item's current round.
     *
     * @param expectedVersion the draft's version the caller saw; null when they saw no draft yet
     * @throws ReplyRejected the content breaks the draft rules (400, field errors)
     * @throws UseCaseException 404 another agency's or no item; 403 {@code role-may-not}; 409
     *                          {@code state-forbids} or {@code stale-version}
     */
    @Transactional
    public ReplyDetails save(long itemId, Long expectedVersion, ReplyRules.Content content) {
        Caller who = requireDrafter();
        ProposalItem item = item(itemId);
        reject("validation", ReplyRules.forDraft(content));
        write(item, content, who, expectedVersion, false);
        audit.record("reply.draft.saved", tenants.requireAgency(), "item:" + itemId + "/reply", null, summary(content));
        return read.details(item);
    }

    /**
     * The same reply text and outcome as drafts of several items of one category (类别), in one
     * transaction: one item that cannot take it and none does. Existing drafts are overwritten.
     */
    @Transactional
    public int bulk(List<Long> itemIds, ReplyRules.Content content) {
        Caller who = requireDrafter();
        reject("validation", ReplyRules.forDraft(content));
        List<ProposalItem> selected = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(itemIds)) {
            selected.add(item(id));
        }
        Set<String> categories = selected.stream().map(ProposalItem::getCategory).collect(Collectors.toSet());
        if (categories.size() > 1) {
            throw ReplyRejected.one("mixed-categories", "itemIds", "a bulk reply is for items of one category; got " + categories);
        }
        String tenant = tenants.requireAgency();
        for (ProposalItem item : selected) {
            write(item, content, who, null, true);
            audit.record("reply.bulk-drafted", tenant, "item:" + item.getId() + "/reply", null, summary(content));
        }
        return selected.size();
    }

    /** Opens the round's draft when needed (the transition's observer creates it), then writes content and plan. */
    private void write(ProposalItem item, ReplyRules.Content content, Caller who, Long expectedVersion, boolean overwrite) {
        ItemState state = item.currentState();
        if (!OPENS_DRAFT.contains(state) && state != ItemState.REPLY_DRAFTED) {
            throw UseCaseException.conflict("state-forbids", "The reply of item " + item.getNumber() + " cannot be drafted in state "
                    + state.code() + ".");
        }
        Reply draft = read.current(item.getId()).filter(Reply::isDraft).orElse(null);
        if (!overwrite && draft != null && (expectedVersion == null || expectedVersion != draft.getVersion())) {
            throw Replies.stale();
        }
        if (OPENS_DRAFT.contains(state)) {
            transitions.take(item.getId(), ItemAction.DRAFT_REPLY, null, item.getVersion());
            draft = read.current(item.getId()).filter(Reply::isDraft).orElseThrow();
        } else if (draft == null) {
            throw UseCaseException.conflict("state-forbids", "Item " + item.getNumber() + " has no open draft.");
        }
        draft.redraft(content.outcome(), strip(content.body()), strip(content.explanation()), who.username());
        syncMilestones(item.getId(), draft, content.milestones());
        replies.touch(draft);
        replies.flush();
    }

    /** Keeps milestones named by id (revised), adds new ones, removes the rest. */
    private void syncMilestones(long itemId, Reply draft, List<ReplyRules.MilestoneDraft> wanted) {
        Map<Long, PlanMilestone> existing = replies.milestonesOf(draft.getId()).stream()
                .collect(Collectors.toMap(PlanMilestone::getId, Function.identity()));
        Set<Long> kept = new java.util.HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            ReplyRules.MilestoneDraft m = wanted.get(i);
            if (m.id() == null) {
                replies.add(new PlanMilestone(itemId, draft.getId(), i + 1, m.title().strip(), m.dueOn()));
            } else if (existing.containsKey(m.id())) {
                existing.get(m.id()).revise(i + 1, m.title().strip(), m.dueOn());
                kept.add(m.id());
            } else {
                throw ReplyRejected.one("validation", "milestones[" + i + "].id", "is not a milestone of this draft");
            }
        }
        existing.values().stream().filter(m -> !kept.contains(m.getId())).forEach(replies::remove);
    }

    private Caller requireDrafter() {
        Caller who = caller.require();
        Set<String> may = Workflow.TRANSITIONS.stream().filter(t -> t.action() == ItemAction.DRAFT_REPLY).findFirst().orElseThrow().roles();
        if (transitions.actingRoles().stream().noneMatch(may::contains)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "role-may-not", "Your role may not draft replies.");
        }
        return who;
    }

    private ProposalItem item(long id) {
        return items.find(id).orElseThrow(() -> UseCaseException.notFound("Item " + id));
    }

    static void reject(String code, List<ReplyRules.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ReplyRejected(code, violations);
        }
    }

    static String summary(ReplyRules.Content c) {
        return "outcome " + (c.outcome() == null ? "-" : c.outcome()) + ", " + c.milestones().size() + " milestones";
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
