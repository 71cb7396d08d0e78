package cn.huiyin.proposals.domain.reply;

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

/**
 * The agency's reply to an item in one round (1 = first reply, 2 = after re-handling): text,
 * outcome class A/B/C, the explanation a C needs, and its review status
 * {@code draft → submitted → approved} (a return for rework puts it back to draft).
 * The milestones of a B plan are {@link PlanMilestone}s pointing here.
 */
@Entity
@Table(name = "proposal_reply")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Reply {

    public static final String DRAFT = "draft";
    public static final String SUBMITTED = "submitted";
    public static final String APPROVED = "approved";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(nullable = false, updatable = false)
    private int round;

    private String outcome;

    @Column(nullable = false)
    private String body = "";

    private String explanation;

    @Column(nullable = false)
    private String status = DRAFT;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    private long version;

    protected Reply() {
    }

    public Reply(long itemId, int round, String draftedBy) {
        this.itemId = itemId;
        this.round = round;
        this.draftedBy = draftedBy;
    }

    /** Replaces the draft's text and outcome; only a draft may be edited. */
    public void redraft(String outcome, String body, String explanation, String by) {
        requireStatus(DRAFT);
        this.outcome = outcome;
        this.body = body == null ? "" : body;
        this.explanation = explanation;
        this.draftedBy = by;
    }

    public void submit() {
        requireStatus(DRAFT);
        this.status = SUBMITTED;
    }

    public void approve(String by, Instant at) {
        requireStatus(SUBMITTED);
        this.status = APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    /** Returned for rework: back to a draft the handler edits again. */
    public void returnToDraft() {
        requireStatus(SUBMITTED);
        this.status = DRAFT;
    }

    /** District oversight corrects the class of an approved reply (audited by the caller). */
    public void correctOutcome(String outcome) {
        requireStatus(APPROVED);
        this.outcome = outcome;
    }

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    public boolean isApproved() {
        return APPROVED.equals(status);
    }

    private void requireStatus(String expected) {
        if (!expected.equals(status)) {
            throw new IllegalStateException("Reply " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() { return id; }
    public Long getItemId() { return itemId; }
    public int getRound() { return round; }
    public String getOutcome() { return outcome; }
    public String getBody() { return body; }
    public String getExplanation() { return explanation; }
    public String getStatus() { return status; }
    public String getDraftedBy() { return draftedBy; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public long getVersion() { return version; }
}
