package cn.huiyin.proposals.domain.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.ProposalItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheIsolationType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One co-handling agency (会办单位) of one item. The row belongs to the co-handling agency
 * ({@code tenantId}) and carries a snapshot of the item's public part (number, title, text,
 * proposer) taken at assignment: the co-handler never reads the lead's item. The lead agency
 * reads the rows of its own items ({@code leadTenantId}) — row-level security allows both — so
 * this entity is not EclipseLink-multitenant; queries name the tenant column they mean, and the
 * cache is per transaction so one tenant's rows never serve another.
 */
@Entity
@Table(name = "proposal_cohandling")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class CoHandling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The co-handling agency. */
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "lead_tenant_id", nullable = false, updatable = false)
    private String leadTenantId;

    @Column(name = "lead_item_id", nullable = false, updatable = false)
    private Long leadItemId;

    @Column(nullable = false, updatable = false) private String kind;
    @Column(nullable = false, updatable = false) private String session;
    @Column(nullable = false, updatable = false) private String number;
    @Column(nullable = false, updatable = false) private String title;
    @Column(nullable = false, updatable = false) private String body;
    @Column(nullable = false, updatable = false) private String proposer;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    private String opinion;
    @Column(name = "opinion_by") private String opinionBy;
    @Column(name = "opinion_at") private Instant opinionAt;
    @Column(name = "signed_off_by") private String signedOffBy;
    @Column(name = "signed_off_at") private Instant signedOffAt;
    @Column(name = "waived_by") private String waivedBy;
    @Column(name = "waived_at") private Instant waivedAt;
    @Column(name = "waiver_reason") private String waiverReason;

    @Version
    private long version;

    protected CoHandling() {
    }

    public CoHandling(String coHandler, String leadTenant, ProposalItem item, String assignedBy, Instant at, LocalDate dueOn) {
        this.tenantId = coHandler;
        this.leadTenantId = leadTenant;
        this.leadItemId = item.getId();
        this.kind = item.getKind();
        this.session = item.getSession();
        this.number = item.getNumber();
        this.title = item.getTitle();
        this.body = item.getBody();
        this.proposer = item.getProposer();
        this.assignedBy = assignedBy;
        this.assignedAt = at;
        this.dueOn = dueOn;
    }

    /** Open: neither signed off nor waived; the lead's reply waits for it. */
    public boolean isOpen() {
        return signedOffAt == null && waivedAt == null;
    }

    /** The co-handler writes (or rewrites) its opinion until it signs off. */
    public void writeOpinion(String text, String by, Instant at) {
        requireOpen();
        if (text == null || text.isBlank()) {
            throw UseCaseException.invalid("opinion-required", "The co-handling opinion must not be empty.");
        }
        this.opinion = text.strip();
        this.opinionBy = by;
        this.opinionAt = at;
    }

    /** The co-handler's leader signs the opinion off: final, the lead may now send its reply. */
    public void signOff(String by, Instant at) {
        requireOpen();
        if (opinion == null) {
            throw UseCaseException.conflict("opinion-missing", "Write the co-handling opinion before signing it off.");
        }
        this.signedOffBy = by;
        this.signedOffAt = at;
    }

    /** District oversight lets the lead reply without this opinion. */
    public void waive(String by, Instant at, String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw UseCaseException.invalid("reason-required", "A waiver needs a reason.");
        }
        this.waivedBy = by;
        this.waivedAt = at;
        this.waiverReason = reason.strip();
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw UseCaseException.conflict("cohandling-closed", "This co-handling opinion is signed off or waived already.");
        }
    }

    /** {@code open}, {@code signed_off} or {@code waived}: a stable code for the API and the labels. */
    public String status() {
        return signedOffAt != null ? "signed_off" : waivedAt != null ? "waived" : "open";
    }

    public Long getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getLeadTenantId() { return leadTenantId; }
    public Long getLeadItemId() { return leadItemId; }
    public String getKind() { return kind; }
    public String getSession() { return session; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getProposer() { return proposer; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public LocalDate getDueOn() { return dueOn; }
    public String getOpinion() { return opinion; }
    public String getOpinionBy() { return opinionBy; }
    public Instant getOpinionAt() { return opinionAt; }
    public String getSignedOffBy() { return signedOffBy; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public String getWaivedBy() { return waivedBy; }
    public Instant getWaivedAt() { return waivedAt; }
    public String getWaiverReason() { return waiverReason; }
    public long getVersion() { return version; }
}
