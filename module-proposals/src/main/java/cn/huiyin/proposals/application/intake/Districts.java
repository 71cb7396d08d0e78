package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.ProposalsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Comparator;

/** The district the caller oversees, read from the platform's confirmed membership, never from input. */
@ApplicationScoped
public class Districts {

    @Inject
    TenantContext tenants;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ModuleSwitches switches;

    /** @throws UseCaseException 403 {@code no-district} when the caller is no district's member */
    @Transactional(Transactional.TxType.SUPPORTS)
    public District current() {
        Organization district = tenants.organization().filter(o -> o.getKind() == Organization.Kind.DISTRICT)
                .orElseThrow(() -> new UseCaseException(UseCaseException.Kind.FORBIDDEN, "no-district",
                        "Only district oversight works on a district's items."));
        var agencies = organizations.agenciesOf(district.getAlias()).stream()
                .filter(a -> a.isActive() && switches.isEnabled(a.getAlias(), ProposalsModule.ID))
                .sorted(Comparator.comparing(Organization::getAlias)).toList();
        return new District(district.getAlias(), district.getNameZh(), district.getNameEn(), agencies);
    }

    /** The agency of the caller's district; any other (or a switched-off one) answers exactly like a missing one. */
    public Organization agency(District district, String alias) {
        return district.agency(alias).orElseThrow(() -> UseCaseException.notFound("Agency '" + alias + "'"));
    }
}
