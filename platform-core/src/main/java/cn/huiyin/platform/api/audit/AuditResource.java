package cn.huiyin.platform.api.audit;

import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.platform.domain.tenancy.Organization;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** The audit log: an agency admin sees their agency's lines, a platform admin every line. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record Line(long id, Instant at, String actor, String tenantId, String action, String subject,
                       String before, String after, String requestId) {
    }

    @Inject
    AuditLog audit;

    @Inject
    TenantContext tenants;

    @GET
    @RequiresPermission(PlatformPermissions.READ_AUDIT)
    public List<Line> latest(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                             @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 to 200")
                             @Max(value = 200, message = "must be 1 to 200") int size) {
        // platform admins belong to no organization; everybody else is held to their agency
        String tenant = tenants.organization().map(Organization::getAlias).orElse(null);
        if (tenant == null && !tenants.isPlatformAdmin()) {
            throw new TenantContext.NoTenantException();
        }
        return audit.latest(tenant, page * size, size).stream()
                .map(a -> new Line(a.getId(), a.getAt(), a.getActor(), a.getTenantId(), a.getAction(), a.getSubject(),
                        a.getBefore(), a.getAfter(), a.getRequestId()))
                .toList();
    }
}
