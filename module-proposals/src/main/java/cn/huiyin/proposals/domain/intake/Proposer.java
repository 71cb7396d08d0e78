package cn.huiyin.proposals.domain.intake;

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

/**
 * A deputy (人大代表) or member (政协委员) of a district, reused as lead proposer or co-signer of
 * many items. The registry belongs to the DISTRICT: its tenant is the district's alias, bound
 * through {@code TenantContext.actFor(district)} like any agency tenant, row-level security included.
 */
@Entity
@Table(name = "proposal_proposer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Proposer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** {@code deputy} or {@code member}, see {@link ProposerKind}. */
    @Column(nullable = false)
    private String kind;

    /** 代表团 of a deputy. */
    @Column
    private String delegation;

    /** 界别 of a member. */
    @Column
    private String sector;

    /** Keycloak username when the proposer signs in (the proposer's portal). */
    @Column
    private String username;

    @Version
    private long version;

    protected Proposer() {
    }

    public Proposer(String name, ProposerKind kind, String delegation, String sector, String username) {
        this.name = name;
        this.kind = kind.code();
        this.delegation = kind == ProposerKind.DEPUTY ? delegation : null;
        this.sector = kind == ProposerKind.MEMBER ? sector : null;
        this.username = username;
    }

    /** Fills a missing delegation/sector or account from a later registration; never overwrites. */
    public boolean complete(String delegationOrSector, String account) {
        boolean changed = false;
        if (delegationOrSector != null && !delegationOrSector.isBlank()) {
            if (kind() == ProposerKind.DEPUTY && delegation == null) {
                delegation = delegationOrSector;
                changed = true;
            } else if (kind() == ProposerKind.MEMBER && sector == null) {
                sector = delegationOrSector;
                changed = true;
            }
        }
        if (account != null && !account.isBlank() && username == null) {
            username = account;
            changed = true;
        }
        return changed;
    }

    public ProposerKind kind() {
        return ProposerKind.ofCode(kind);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public String getDelegation() { return delegation; }
    public String getSector() { return sector; }
    public String getUsername() { return username; }
    public long getVersion() { return version; }

    /** 代表团 or 界别, whichever applies. */
    public String group() {
        return kind() == ProposerKind.DEPUTY ? delegation : sector;
    }
}
