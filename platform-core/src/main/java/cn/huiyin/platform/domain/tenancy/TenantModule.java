package cn.huiyin.platform.domain.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;

/** Whether one module is switched on for one tenant (no row: on). */
@Entity
@Table(name = "platform_tenant_module")
@IdClass(TenantModule.Key.class)
public class TenantModule {

    public record Key(String tenantId, String moduleId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "module_id")
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected TenantModule() {
    }

    public TenantModule(String tenantId, String moduleId, boolean enabled) {
        this.tenantId = tenantId;
        this.moduleId = moduleId;
        this.enabled = enabled;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }
}
