package cn.huiyin.platform.infrastructure.persistence;

import cn.huiyin.platform.application.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The one place a tenant reaches the database, for every tenant-owned repository. Inside the
 * transaction it (1) sets EclipseLink's tenant on the EntityManager, which filters JPQL, finds
 * and inserts, and (2) runs {@code set_config('app.tenant_id', …, true)} on the very connection
 * EclipseLink uses, so PostgreSQL's row-level security enforces the same tenant for native SQL
 * and bulk statements. Unwrapping the connection also binds reads to the transaction's
 * connection (EclipseLink would otherwise read through a separate pool that has no tenant set).
 */
public final class TenantScoped {

    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    private static final String RLS_KEY = TenantScoped.class.getName() + ".tenant";

    private TenantScoped() {
    }

    /**
     * @return {@code em}, ready for the current agency
     * @throws TenantContext.NoTenantException when the request acts for no agency
     * @throws IllegalStateException outside a transaction, or when one transaction would serve two tenants
     */
    public static EntityManager bind(EntityManager em, TenantContext tenants, TransactionSynchronizationRegistry tx) {
        String tenant = tenants.requireAgency();
        if (tx.getTransactionKey() == null) {
            throw new IllegalStateException("Tenant data is reached only inside a transaction");
        }
        em.setProperty(TENANT_PROPERTY, tenant);
        Connection connection = em.unwrap(Connection.class);
        String key = RLS_KEY + "@" + System.identityHashCode(connection);
        Object bound = tx.getResource(key);
        if (bound == null) {
            try (PreparedStatement ps = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                ps.setString(1, tenant);
                ps.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the tenant on the connection", e);
            }
            tx.putResource(key, tenant);
        } else if (!Objects.equals(bound, tenant)) {
            throw new IllegalStateException("One transaction may serve one tenant only");
        }
        return em;
    }
}
