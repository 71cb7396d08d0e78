package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Runs work for one tenant (an agency, or a district's proposer registry) in a transaction of its
 * own: one transaction serves one tenant, so oversight works across agencies one at a time.
 * Callers check first that the tenant belongs to the caller's district.
 */
@ApplicationScoped
public class TenantWork {

    @Inject
    TenantContext tenants;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T in(String tenant, Supplier<T> work) {
        tenants.actFor(tenant);
        try {
            return work.get();
        } finally {
            tenants.stopActing();
        }
    }
}
