package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.ProposalsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * What district oversight may act on: the active agencies of ITS OWN district that use this
 * module. Another district's agency answers like a missing one (404).
 */
@ApplicationScoped
public class OversightScope {

    @Inject
    TenantContext tenants;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ModuleSwitches switches;

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog permissions;

    /** @throws UseCaseException 403 {@code no-district} unless the caller is oversight of a district */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String district() {
        if (!caller.get().map(c -> permissions.permissionsOf(c.roles()).contains(ProposalsModule.OVERSEE_ASSIGN)).orElse(false)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden",
                    "Only district oversight assigns and reassigns items (" + ProposalsModule.OVERSEE_ASSIGN + ").");
        }
        return tenants.organization().filter(o -> o.getKind() == Organization.Kind.DISTRICT).map(Organization::getAlias)
                .orElseThrow(() -> new UseCaseException(UseCaseException.Kind.FORBIDDEN, "no-district",
                        "Only district oversight of a district acts on its agencies."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organization> agencies() {
        String district = district();
        return organizations.agenciesOf(district).stream()
                .filter(a -> a.isActive() && switches.isEnabled(a.getAlias(), ProposalsModule.ID)).toList();
    }

    /** @throws UseCaseException 404 for an agency outside the caller's district */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization agency(String alias) {
        return agencies().stream().filter(a -> a.getAlias().equals(alias)).findFirst()
                .orElseThrow(() -> UseCaseException.notFound("Agency '" + alias + "' of your district"));
    }
}
