package cn.huiyin.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import cn.huiyin.proposals.domain.workflow.ItemAction;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.proposals.domain.workflow.Workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A deputy's suggestion (建议) or a member's proposal (提案), owned by its lead agency. The
 * tenant column is EclipseLink's: it filters every query and fills every insert.
 */
@Entity
@Table(name = "proposal_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ProposalItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@code suggestion} (人大代表建议) or {@code proposal} (政协委员提案). */
    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String session;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String proposer;

    @Column(nullable = false)
    private String category;

    @Column(name = "key_item", nullable = false)
    private boolean keyItem;

    /** Stable state code of the workflow (docs/domain.md). */
    @Column(nullable = false)
    private String state;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    /** Keycloak username of the lead proposer when they have an account (the proposer's portal). */
    @Column(name = "proposer_username")
    private String proposerUsername;

    @Column(name = "leader_username")
    private String leaderUsername;

    /** The undertaking unit (承办科室), a platform_unit of the agency. */
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "handler_username")
    private String handlerUsername;

    /** A, B or C once replied (docs/domain.md). */
    @Column(name = "outcome")
    private String outcome;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    /** {@code satisfied}, {@code basically_satisfied} or {@code unsatisfied}: the latest rating. */
    @Column(name = "rating")
    private String rating;

    // --- assignment ---
    /** Where an approved reassignment sent this item (its successor in the new lead agency). */
    @Column(name = "reassigned_to_tenant")
    private String reassignedToTenant;

    @Column(name = "reassigned_to_item")
    private Long reassignedToItem;

    /** The predecessor in the agency that asked for the reassignment. */
    @Column(name = "reassigned_from_tenant")
    private String reassignedFromTenant;

    @Column(name = "reassigned_from_item")
    private Long reassignedFromItem;

    @Version
    private long version;

    // --- intake ---
    /** The lead proposer in the district's registry ({@code proposal_proposer}); {@link #proposer} keeps the name. */
    @Column(name = "proposer_id")
    private Long proposerId;

    protected ProposalItem() {
    }

    public ProposalItem(String kind, String session, String number, String title, String body, String proposer,
                        String category, boolean keyItem, String state, LocalDate assignedOn) {
        this.kind = kind;
        this.session = session;
        this.number = number;
        this.title = title;
        this.body = body;
        this.proposer = proposer;
        this.category = category;
        this.keyItem = keyItem;
        this.state = state;
        this.assignedOn = assignedOn;
    }

    /**
     * Takes {@code action} as a caller with {@code roles}: the workflow decides the next state
     * (or refuses with {@link cn.huiyin.proposals.domain.workflow.TransitionRefused}, leaving the
     * item unchanged).
     *
     * @return the history entry recording the transition, to be appended by the caller
     */
    public ItemHistoryEntry apply(ItemAction action, Set<String> roles, String reason, String actor, Instant at) {
        ItemState from = currentState();
        ItemState to = Workflow.next(from, action, roles, reason);
        this.state = to.code();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return new ItemHistoryEntry(id, at, actor, action.code(), from.code(), to.code(), why);
    }

    /** What a caller with {@code roles} could do to this item now. */
    public List<ItemAction> availableActions(Set<String> roles) {
        return Workflow.available(currentState(), roles);
    }

    public ItemState currentState() {
        return ItemState.ofCode(state);
    }

    // --- assignment ---

    /** Responsible leader (督办领导), undertaking unit (承办科室) and handler inside the lead agency; null clears. */
    public void assignInside(String leaderUsername, Long unitId, String handlerUsername) {
        this.leaderUsername = leaderUsername;
        this.unitId = unitId;
        this.handlerUsername = handlerUsername;
    }

    /** Links this (reassigned-away) item to its successor in the new lead agency. */
    public void reassignedTo(String tenant, Long itemId) {
        this.reassignedToTenant = tenant;
        this.reassignedToItem = itemId;
    }

    /**
     * The successor of {@code old} in the new lead agency: the same suggestion, assigned anew on
     * {@code assignedOn} (deadlines restart), nothing of the old agency's internal work.
     */
    public static ProposalItem successorOf(ProposalItem old, String oldTenant, LocalDate assignedOn) {
        ProposalItem next = new ProposalItem(old.kind, old.session, old.number, old.title, old.body, old.proposer,
                old.category, old.keyItem, ItemState.ASSIGNED.code(), assignedOn);
        next.proposerUsername = old.proposerUsername;
        next.reassignedFromTenant = oldTenant;
        next.reassignedFromItem = old.id;
        return next;
    }

    public String getReassignedToTenant() { return reassignedToTenant; }
    public Long getReassignedToItem() { return reassignedToItem; }
    public String getReassignedFromTenant() { return reassignedFromTenant; }
    public Long getReassignedFromItem() { return reassignedFromItem; }

    // --- proposer's side ---

    /** The proposer's latest rating, taken together with its rate_* transition. */
    public void recordRating(String ratingCode) {
        this.rating = ratingCode;
    }
    // --- reply slice ---

    /** The approved reply's outcome class (A/B/C) and the day it was given (回复率, 落实率). */
    public void recordReply(String outcome, LocalDate on) {
        this.outcome = outcome;
        this.repliedOn = on;
    }

    /** District oversight corrects the outcome class of a replied item; the reply day stays. */
    public void correctOutcome(String outcome) {
        this.outcome = outcome;
    }
    // --- end reply slice ---

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getSession() { return session; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getProposer() { return proposer; }
    public String getCategory() { return category; }
    public boolean isKeyItem() { return keyItem; }
    public String getState() { return state; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public long getVersion() { return version; }
    public String getProposerUsername() { return proposerUsername; }
    public String getLeaderUsername() { return leaderUsername; }
    public Long getUnitId() { return unitId; }
    public String getHandlerUsername() { return handlerUsername; }
    public String getOutcome() { return outcome; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public String getRating() { return rating; }

    // --- intake ---
    /** Links the item to its lead proposer in the district's registry and, when they sign in, their account. */
    public void proposedBy(Long registryId, String username) {
        this.proposerId = registryId;
        this.proposerUsername = username;
    }

    public Long getProposerId() { return proposerId; }
}
