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

import java.time.Instant;

/** A person's named item-list filter (the list's query string), e.g. "我的逾期件" = {@code overdue=true&handler=…}. */
@Entity
@Table(name = "proposal_saved_filter")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_username", nullable = false, updatable = false)
    private String owner;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String query;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SavedFilter() {
    }

    public SavedFilter(String owner, String name, String query, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.query = query;
        this.createdAt = createdAt;
    }

    public void change(String name, String query) {
        this.name = name;
        this.query = query;
    }

    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public String getName() { return name; }
    public String getQuery() { return query; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
