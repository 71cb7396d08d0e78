package cn.huiyin.platform.application.tenancy;

import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a module's scheduled work tenant by tenant, skipping agencies that switched the module
 * off. Each tenant's run gets its own transaction, acting for that tenant only.
 */
@ApplicationScoped
public class TenantJobs {

    @Inject
    OrganizationRepository organizations;

    @Inject
    ModuleSwitches switches;

    @Inject
    TenantRun run;

    /** @return the agencies the job ran for */
    public List<String> forEachEnabledAgency(String moduleId, Consumer<String> job) {
        List<String> done = new ArrayList<>();
        for (Organization o : organizations.findAll()) {
            if (o.getKind() == Organization.Kind.AGENCY && o.isActive() && switches.isEnabled(o.getAlias(), moduleId)) {
                run.as(o.getAlias(), job);
                done.add(o.getAlias());
            }
        }
        return done;
    }

    /** One tenant's share of a job, in its own transaction. */
    @ApplicationScoped
    public static class TenantRun {

        @Inject
        TenantContext tenants;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void as(String agency, Consumer<String> job) {
            tenants.actFor(agency);
            try {
                job.accept(agency);
            } finally {
                tenants.stopActing();
            }
        }
    }
}
