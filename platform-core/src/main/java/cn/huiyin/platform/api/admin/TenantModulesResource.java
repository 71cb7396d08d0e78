package cn.huiyin.platform.api.admin;

import cn.huiyin.platform.application.ModuleRegistry;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** Platform admins switch modules on and off per agency. */
@Path("admin/tenants/{tenant}/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantModulesResource {

    public record ModuleState(String id, String nameZh, String nameEn, boolean enabled, List<String> requires) {
    }

    public record Switch(@NotNull(message = "must be true or false") Boolean enabled) {
    }

    @Inject
    ModuleSwitches switches;

    @Inject
    ModuleRegistry modules;

    @GET
    @RequiresPermission(PlatformPermissions.MANAGE_MODULES)
    public List<ModuleState> list(@PathParam("tenant") String tenant) {
        switches.requireAgency(tenant);
        Map<String, Boolean> states = switches.of(tenant);
        return modules.modules().stream().map(m -> state(m, states.get(m.id()))).toList();
    }

    @PUT
    @Path("{module}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.MANAGE_MODULES)
    public ModuleState set(@PathParam("tenant") String tenant, @PathParam("module") String module,
                           @Valid @NotNull(message = "a body {\"enabled\": true|false} is required") Switch body) {
        switches.set(tenant, module, body.enabled());
        ModuleDescriptor m = modules.find(module).orElseThrow();
        return state(m, switches.isEnabled(tenant, module));
    }

    private static ModuleState state(ModuleDescriptor m, boolean enabled) {
        return new ModuleState(m.id(), m.nameZh(), m.nameEn(), enabled, m.requiredModules().stream().sorted().toList());
    }
}
