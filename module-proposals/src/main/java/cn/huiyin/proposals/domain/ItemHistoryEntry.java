package cn.huiyin.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** One transition of an item: who took which action when, from which state to which, and why. Append-only. */
@Entity
@Table(name = "proposal_item_history")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class ItemHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    /** Action code ({@code ItemAction.code()}). */
    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "from_state", nullable = false, updatable = false)
    private String fromState;

    @Column(name = "to_state", nullable = false, updatable = false)
    private String toState;

    @Column(updatable = false)
    private String reason;

    protected ItemHistoryEntry() {
    }

    public ItemHistoryEntry(Long itemId, Instant at, String actor, String action, String fromState, String toState, String reason) {
        this.itemId = itemId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getFromState() { return fromState; }
    public String getToState() { return toState; }
    public String getReason() { return reason; }
}
