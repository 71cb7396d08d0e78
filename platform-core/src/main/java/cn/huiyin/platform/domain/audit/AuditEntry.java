package cn.huiyin.platform.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the append-only audit log; the database refuses to change or delete it. */
@Entity
@Table(name = "platform_audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "tenant_id", updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "before_summary", updatable = false)
    private String before;

    @Column(name = "after_summary", updatable = false)
    private String after;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String tenantId, String action, String subject, String before,
                      String after, String requestId) {
        this.at = at;
        this.actor = actor;
        this.tenantId = tenantId;
        this.action = action;
        this.subject = subject;
        this.before = before;
        this.after = after;
        this.requestId = requestId;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getTenantId() { return tenantId; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getRequestId() { return requestId; }
}
