package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.ProposalsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * District oversight reads across the agencies of its own district only: one agency at a
 * time, each in its own transaction bound to that agency (row-level security stays on), and
 * every read is audited. Agencies that switched the module off are left out.
 */
@ApplicationScoped
public class DistrictOversight {

    public record AgencyCounts(String alias, String nameZh, String nameEn, Map<String, Long> byState) {
    }

    @Inject
    TenantContext tenants;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ModuleSwitches switches;

    @Inject
    AgencyCounter counter;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<AgencyCounts> summary() {
        Organization district = tenants.organization().filter(o -> o.getKind() == Organization.Kind.DISTRICT)
                .orElseThrow(() -> new UseCaseException(UseCaseException.Kind.FORBIDDEN, "no-district",
                        "Only district oversight reads a district summary."));
        List<AgencyCounts> result = new ArrayList<>();
        for (Organization agency : organizations.agenciesOf(district.getAlias())) {
            if (agency.isActive() && switches.isEnabled(agency.getAlias(), ProposalsModule.ID)) {
                result.add(new AgencyCounts(agency.getAlias(), agency.getNameZh(), agency.getNameEn(),
                        counter.countByState(agency.getAlias())));
            }
        }
        counter.audit(district.getAlias(), result.size());
        return result;
    }

    /** One transaction per agency: a transaction serves one tenant only. */
    @ApplicationScoped
    public static class AgencyCounter {

        @Inject
        TenantContext tenants;

        @Inject
        cn.huiyin.proposals.domain.ProposalItemRepository items;

        @Inject
        AuditLog audit;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Map<String, Long> countByState(String agency) {
            tenants.actFor(agency);
            try {
                return items.countByState();
            } finally {
                tenants.stopActing();
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void audit(String district, int agencies) {
            audit.record("oversight.summary.read", null, "district:" + district, null, agencies + " agencies");
        }
    }
}
