package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may manage an agency's units and users: a caller whose roles grant
 * {@value PlatformPermissions#MANAGE_AGENCY_USERS}, acting for the agency the platform confirms
 * (the token's organization and an active membership) — never one named in the request.
 */
@ApplicationScoped
public class AgencyGuard {

    /** The admin and the agency they manage. */
    public record Admin(Caller caller, String agency) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog permissions;

    @Inject
    TenantContext tenants;

    /**
     * @throws UseCaseException {@code forbidden} without the permission
     * @throws TenantContext.NoTenantException when the caller acts for no agency
     */
    public Admin require() {
        Caller c = caller.get().orElse(null);
        if (c == null || !permissions.permissionsOf(c.roles()).contains(PlatformPermissions.MANAGE_AGENCY_USERS)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden",
                    "Only agency admins may manage their agency's units and users ("
                            + PlatformPermissions.MANAGE_AGENCY_USERS + ").");
        }
        return new Admin(c, tenants.requireAgency());
    }

    /** Whether the current caller may (for the UI's navigation and its view guard). */
    public boolean allowed() {
        try {
            require();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
