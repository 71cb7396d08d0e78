package cn.huiyin.proposals.domain.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A member of an item's handling group (领导小组); the item's responsible leader heads the group. */
@Entity
@Table(name = "proposal_handling_member")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class HandlingMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(nullable = false, updatable = false)
    private String username;

    protected HandlingMember() {
    }

    public HandlingMember(Long itemId, String username) {
        this.itemId = itemId;
        this.username = username;
    }

    public Long getItemId() { return itemId; }
    public String getUsername() { return username; }
}
