package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * District oversight works on an agency's data one agency per transaction, each bound to that
 * agency (row-level security stays on): a transaction serves one tenant only.
 */
@ApplicationScoped
public class AgencyTransactions {

    @Inject
    TenantContext tenants;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inAgency(String agency, Supplier<T> work) {
        tenants.actFor(agency);
        try {
            return work.get();
        } finally {
            tenants.stopActing();
        }
    }
}
