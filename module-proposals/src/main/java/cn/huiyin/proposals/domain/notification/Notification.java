package cn.huiyin.proposals.domain.notification;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

/**
 * Something a person is told in the app (table proposal_notification). Not an EclipseLink
 * multitenant entity: its recipient reads it whatever organization they act for (a proposer acts
 * for none); row-level security admits the writing agency and the recipient. Never cached, so a
 * read always meets that policy.
 */
@Entity
@Table(name = "proposal_notification")
@Cacheable(false)
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(name = "text_zh", nullable = false, updatable = false)
    private String textZh;

    @Column(name = "text_en", nullable = false, updatable = false)
    private String textEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {
    }

    public Notification(String tenantId, String recipient, String kind, Long itemId, String textZh, String textEn, Instant createdAt) {
        this.tenantId = tenantId;
        this.recipient = recipient;
        this.kind = kind;
        this.itemId = itemId;
        this.textZh = textZh;
        this.textEn = textEn;
        this.createdAt = createdAt;
    }

    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    public Long getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getRecipient() { return recipient; }
    public String getKind() { return kind; }
    public Long getItemId() { return itemId; }
    public String getTextZh() { return textZh; }
    public String getTextEn() { return textEn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public long getVersion() { return version; }
}
