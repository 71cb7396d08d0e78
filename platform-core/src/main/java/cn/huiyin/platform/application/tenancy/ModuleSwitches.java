package cn.huiyin.platform.application.tenancy;

import cn.huiyin.platform.application.ModuleRegistry;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.platform.domain.tenancy.TenancyRepository;
import cn.huiyin.platform.domain.tenancy.TenantModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which modules each agency has switched on. Off hides a module (API 404, no view, no jobs, no
 * metrics) and keeps its data; dependencies between modules are honoured both ways.
 */
@ApplicationScoped
public class ModuleSwitches {

    /** Fired after a switch changed, for modules that keep per-tenant state. */
    public record ModuleToggled(String tenantId, String moduleId, boolean enabled) {
    }

    @Inject
    ModuleRegistry modules;

    @Inject
    TenancyRepository tenancy;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditLog audit;

    @Inject
    Event<ModuleToggled> toggled;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEnabled(String tenantId, String moduleId) {
        return tenancy.moduleSwitch(tenantId, moduleId).map(TenantModule::isEnabled).orElse(true);
    }

    /** Every installed module with its state for the tenant, in dependency order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Boolean> of(String tenantId) {
        Set<String> off = tenancy.moduleSwitches(tenantId).stream().filter(t -> !t.isEnabled())
                .map(TenantModule::getModuleId).collect(Collectors.toSet());
        Map<String, Boolean> states = new LinkedHashMap<>();
        modules.modules().forEach(m -> states.put(m.id(), !off.contains(m.id())));
        return states;
    }

    public List<ModuleDescriptor> enabledFor(String tenantId) {
        Map<String, Boolean> states = of(tenantId);
        return modules.modules().stream().filter(m -> states.get(m.id())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization requireAgency(String tenantId) {
        return organizations.findActiveByAlias(tenantId)
                .filter(o -> o.getKind() == Organization.Kind.AGENCY)
                .orElseThrow(() -> UseCaseException.notFound("Agency '" + tenantId + "'"));
    }

    @Transactional
    public void set(String tenantId, String moduleId, boolean enabled) {
        Organization agency = requireAgency(tenantId);
        ModuleDescriptor module = modules.find(moduleId).orElseThrow(() -> UseCaseException.notFound("Module '" + moduleId + "'"));
        Map<String, Boolean> states = of(agency.getAlias());
        if (states.get(moduleId) == enabled) {
            return;
        }
        if (enabled) {
            List<String> off = module.requiredModules().stream().filter(r -> !states.getOrDefault(r, false)).sorted().toList();
            if (!off.isEmpty()) {
                throw UseCaseException.conflict("module-requires", "Module '" + moduleId + "' needs " + off
                        + " switched on first for " + agency.getNameZh() + ".");
            }
        } else {
            List<String> dependants = modules.modules().stream()
                    .filter(m -> states.get(m.id()) && m.requiredModules().contains(moduleId))
                    .map(ModuleDescriptor::id).sorted().toList();
            if (!dependants.isEmpty()) {
                throw UseCaseException.conflict("module-required", "Module '" + moduleId + "' is needed by " + dependants
                        + "; switch those off first for " + agency.getNameZh() + ".");
            }
        }
        TenantModule row = tenancy.moduleSwitch(tenantId, moduleId).orElseGet(() -> new TenantModule(tenantId, moduleId, enabled));
        row.setEnabled(enabled);
        tenancy.save(row);
        audit.record(enabled ? "module.enabled" : "module.disabled", tenantId, "module:" + moduleId,
                "enabled=" + !enabled, "enabled=" + enabled);
        toggled.fire(new ModuleToggled(tenantId, moduleId, enabled));
    }
}
