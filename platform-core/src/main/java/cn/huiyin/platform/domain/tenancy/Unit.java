package cn.huiyin.platform.domain.tenancy;

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

import java.util.Locale;

/**
 * A unit (科室, e.g. 法制大队) of an agency. Tenant-owned: EclipseLink fills and filters
 * {@code tenant_id}, row-level security enforces it. Deactivated units stay (members and items
 * may still name them) but are offered for nothing new.
 */
@Entity
@Table(name = "platform_unit")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public Long getId() {
        return id;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The Chinese name unless the locale is not Chinese and there is an English one. */
    public String name(Locale locale) {
        return nameEn != null && locale != null && !"zh".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
