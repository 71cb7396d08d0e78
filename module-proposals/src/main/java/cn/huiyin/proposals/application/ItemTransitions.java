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
import cn.huiyin.proposals.domain.workflow.ItemAction;
import cn.huiyin.proposals.domain.workflow.TransitionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Taking a workflow action on one of the caller's agency's items: version checked first (stale →
 * 409 {@code stale-version}), then the workflow with the caller's roles (403 {@code role-may-not},
 * 409 {@code state-forbids}, 400 {@code reason-required}), then history, audit and the
 * {@link ItemTransitioned} event, all in one transaction: a refusal changes nothing.
 */
@ApplicationScoped
public class ItemTransitions {

    @Inject
    ProposalItemRepository items;

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

    // --- assignment ---
    @Inject
    ReplyApprovalChecks replyChecks;

    @Inject
    cn.huiyin.proposals.application.assignment.ReassignmentWindow reassignmentWindow;

    @Transactional
    public ProposalItem take(long itemId, ItemAction action, String reason, long expectedVersion) {
        Caller who = caller.require();
        if (!permissions.permissionsOf(who.roles()).contains(ProposalsModule.HANDLE)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden",
                    "Your role may not handle items (" + ProposalsModule.HANDLE + ").");
        }
        String tenant = tenants.requireAgency();
        ProposalItem item = items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        if (item.getVersion() != expectedVersion) {
            throw stale();
        }
        guard(tenant, item, action, who, reason);
        ItemHistoryEntry entry;
        try {
            entry = item.apply(action, who.roles(), reason, who.username(), Instant.now(clock));
        } catch (TransitionRefused refused) {
            throw refusal(refused);
        }
        // the UPDATE … WHERE version = ? runs now: a concurrent change fails here, inside the use case
        items.flush();
        items.addHistory(entry);
        audit.record("item." + action.code(), tenant, "item:" + itemId, entry.getFromState(), entry.getToState());
        transitioned.fire(new ItemTransitioned(tenant, itemId, action.code(), entry.getFromState(), entry.getToState()));
        return item;
    }

    // --- assignment ---
    /**
     * Guards beyond the state, asked only once the workflow itself would allow the action (so its
     * 403/409/400 come first): the reassignment window, and every {@link ReplyApprovalCheck}.
     */
    private void guard(String tenant, ProposalItem item, ItemAction action, Caller who, String reason) {
        if (action != ItemAction.REQUEST_REASSIGNMENT && action != ItemAction.APPROVE_REPLY) {
            return;
        }
        try {
            cn.huiyin.proposals.domain.workflow.Workflow.next(item.currentState(), action, who.roles(), reason);
        } catch (TransitionRefused refused) {
            throw refusal(refused);
        }
        if (action == ItemAction.REQUEST_REASSIGNMENT) {
            reassignmentWindow.require(tenant, item.getAssignedOn(), java.time.LocalDate.now(clock));
            return;
        }
        replyChecks.firstVeto(tenant, item).ifPresent(v -> {
            throw UseCaseException.conflict(v.code(), v.message());
        });
    }

    /**
     * The roles with which the current caller takes actions: theirs when they hold
     * {@code proposals.handle}, none otherwise. Feed to {@link ProposalItem#availableActions} for
     * buttons and the API's hints.
     */
    public java.util.Set<String> actingRoles() {
        return caller.get().filter(c -> permissions.permissionsOf(c.roles()).contains(ProposalsModule.HANDLE))
                .map(Caller::roles).orElse(java.util.Set.of());
    }

    static UseCaseException stale() {
        return UseCaseException.conflict("stale-version", "Somebody else changed this item in the meantime; reload and try again.");
    }

    static UseCaseException refusal(TransitionRefused refused) {
        UseCaseException.Kind kind = switch (refused.kind()) {
            case FORBIDDEN -> UseCaseException.Kind.FORBIDDEN;
            case CONFLICT -> UseCaseException.Kind.CONFLICT;
            case INVALID -> UseCaseException.Kind.INVALID;
        };
        return new UseCaseException(kind, refused.code(), refused.getMessage());
    }
}
