package cn.huiyin.platform.domain.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's membership of a district or agency, as the platform records it. */
@Entity
@Table(name = "platform_member")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "organization_alias", nullable = false)
    private String organizationAlias;

    @Column(nullable = false)
    private boolean active = true;

    /** The member's unit (科室) of the same agency, if any. */
    @Column(name = "unit_id")
    private Long unitId;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(String username, String organizationAlias) {
        this.username = username;
        this.organizationAlias = organizationAlias;
    }

    public Membership(String username, String organizationAlias, Long unitId) {
        this(username, organizationAlias);
        this.unitId = unitId;
    }

    public String getUsername() {
        return username;
    }

    public String getOrganizationAlias() {
        return organizationAlias;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void assignUnit(Long unitId) {
        this.unitId = unitId;
    }
}
