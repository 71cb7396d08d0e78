package cn.huiyin.platform.application;

import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.tenancy.Organization;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * What the shell and {@code /api/v1/me} show about the signed-in person: name, primary role, the
 * organization the platform confirms, and the modules switched on for it.
 */
@RequestScoped
public class CallerProfile {

    @Inject
    CurrentCaller callers;

    @Inject
    TenantContext tenants;

    @Inject
    ModuleSwitches switches;

    @Inject
    ModuleRegistry modules;

    public record Profile(Caller caller, String primaryRole, Optional<Organization> organization,
                          List<ModuleDescriptor> modules) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Profile current() {
        Caller caller = callers.require();
        String role = Roles.ALL.stream().filter(caller::hasRole).findFirst().orElse(null);
        Optional<Organization> org = tenants.organization();
        List<ModuleDescriptor> visible = tenants.agency().map(switches::enabledFor).orElseGet(modules::modules);
        return new Profile(caller, role, org, visible);
    }
}
