package cn.huiyin.proposals.domain.deadline;

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

import java.time.Instant;
import java.time.LocalDate;

/** One deadline of an item (table proposal_deadline): due date, when it was met, and an extension if any. */
@Entity
@Table(name = "proposal_deadline")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    /** {@link DeadlineKind#code()} */
    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "met_at")
    private Instant metAt;

    /** The due date before the first extension. */
    @Column(name = "original_due_on")
    private LocalDate originalDueOn;

    @Column(name = "extended_by")
    private String extendedBy;

    @Version
    private long version;

    protected Deadline() {
    }

    public Deadline(long itemId, DeadlineKind kind, LocalDate dueOn) {
        this.itemId = itemId;
        this.kind = kind.code();
        this.dueOn = dueOn;
    }

    /** Marks the step done; a second call keeps the first time. */
    public void meet(Instant at) {
        if (metAt == null) {
            metAt = at;
        }
    }

    /** Starts the step again (a second round: feedback on the second reply, another re-handling). */
    public void restart(LocalDate newDueOn) {
        dueOn = newDueOn;
        metAt = null;
        originalDueOn = null;
        extendedBy = null;
    }

    public boolean isMet() {
        return metAt != null;
    }

    /** Moves the due date later (district oversight), keeping the first due date. */
    public void extendTo(LocalDate newDueOn, String by) {
        if (!newDueOn.isAfter(dueOn)) {
            throw new IllegalArgumentException("An extension moves the deadline later");
        }
        if (originalDueOn == null) {
            originalDueOn = dueOn;
        }
        dueOn = newDueOn;
        extendedBy = by;
    }

    public Urgency urgency(LocalDate today, DistrictCalendar calendar) {
        return Urgency.of(dueOn, isMet(), today, calendar);
    }

    public DeadlineKind deadlineKind() {
        return DeadlineKind.ofCode(kind).orElseThrow();
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public String getKind() { return kind; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getMetAt() { return metAt; }
    public LocalDate getOriginalDueOn() { return originalDueOn; }
    public String getExtendedBy() { return extendedBy; }
    public long getVersion() { return version; }
}
