package cn.huiyin.platform.api;

import cn.huiyin.platform.api.problem.Problem;
import cn.huiyin.platform.api.problem.RequestIds;
import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.ModuleRegistry;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One gate for every endpoint: it must declare a permission; the caller's roles must grant it;
 * and when the permission belongs to a module, that module must be switched on for the caller's
 * agency — otherwise the endpoint does not exist for them (404, not 403).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PermissionFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(PermissionFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog catalog;

    @Inject
    ModuleRegistry modules;

    @Inject
    ModuleSwitches switches;

    @Inject
    TenantContext tenants;

    @Override
    public void filter(ContainerRequestContext ctx) {
        Optional<String> needed = permissionOf(resource.getResourceMethod(), resource.getResourceClass());
        if (needed.isEmpty()) {
            LOG.severe(() -> "Endpoint without @RequiresPermission refused: " + resource.getResourceMethod());
            abort(ctx, Problem.of("forbidden", 403, "Forbidden", "This endpoint declares no permission."));
            return;
        }
        Caller c = caller.get().orElse(null);
        if (c == null || !catalog.permissionsOf(c.roles()).contains(needed.get())) {
            abort(ctx, Problem.of("forbidden", 403, "Forbidden", "Your role does not allow this (" + needed.get() + ")."));
            return;
        }
        String module = needed.get().substring(0, needed.get().indexOf('.'));
        if (modules.find(module).isPresent()) {
            Optional<String> agency = tenants.agency();
            if (agency.isPresent() && !switches.isEnabled(agency.get(), module)) {
                abort(ctx, Problem.of("not-found", 404, "Not Found", null));
            }
        }
    }

    /** The method's permission, else its class's. */
    public static Optional<String> permissionOf(Method method, Class<?> type) {
        RequiresPermission p = method == null ? null : method.getAnnotation(RequiresPermission.class);
        if (p == null && type != null) {
            p = type.getAnnotation(RequiresPermission.class);
        }
        return Optional.ofNullable(p).map(RequiresPermission::value);
    }

    private void abort(ContainerRequestContext ctx, Problem problem) {
        ctx.abortWith(problem.toResponse(RequestIds.of(request)));
    }
}
