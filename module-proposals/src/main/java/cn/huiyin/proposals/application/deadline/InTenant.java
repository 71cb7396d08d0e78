package cn.huiyin.proposals.application.deadline;

import cn.huiyin.platform.application.tenancy.TenantContext;

import java.util.Objects;

/**
 * Runs an observer's work for the agency its event names, inside the firing transaction. Usually
 * the transaction serves that agency already; district oversight registering an item may not have
 * bound one yet, so the agency is acted for meanwhile and the caller's own acting restored after.
 * A transaction already bound to another agency still refuses (TenantScoped).
 */
public final class InTenant {

    private InTenant() {
    }

    public static void run(TenantContext tenants, String tenant, Runnable work) {
        String before = tenants.agency().orElse(null);
        if (Objects.equals(before, tenant)) {
            work.run();
            return;
        }
        tenants.actFor(tenant);
        try {
            work.run();
        } finally {
            if (before == null) {
                tenants.stopActing();
            } else {
                tenants.actFor(before);
            }
        }
    }
}
