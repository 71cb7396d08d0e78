package cn.huiyin.platform.infrastructure.persistence;

import cn.huiyin.platform.application.ModuleRegistry;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date at startup, before anything reads it: the platform's migrations
 * first, then each module's in dependency order, each module with its own history table so
 * modules version independently. Demo data comes last and only when switched on.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinitions({
        @DataSourceDefinition(name = DataSources.APP,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=db.url}", user = "${MPCONFIG=db.user}", password = "${MPCONFIG=db.password}",
                minPoolSize = 2, maxPoolSize = 30),
        @DataSourceDefinition(name = DataSources.OWNER,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=db.url}", user = "${MPCONFIG=db.owner.user}", password = "${MPCONFIG=db.owner.password}",
                transactional = false, minPoolSize = 0, maxPoolSize = 2)
})
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    public static final String PLATFORM = "platform";

    @Resource(lookup = DataSources.OWNER)
    DataSource owner;

    @Inject
    ModuleRegistry modules;

    @Inject
    PermissionCatalog permissions;

    @Inject
    @ConfigProperty(name = "db.user")
    String appRole;

    @Inject
    @ConfigProperty(name = "huiyin.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void migrateAll() {
        migrateOne(PLATFORM, "classpath:db/platform", "flyway_history_platform");
        for (ModuleDescriptor m : modules.modules()) {
            migrateOne(m.id(), m.migrationLocation(), "flyway_history_" + m.id());
        }
        int granted = RolePermissionSeeder.seed(owner, permissions.defined());
        LOG.info(() -> "Role permissions: " + granted + " default grant(s) added");
        if (demo) {
            migrateOne(PLATFORM + " demo", "classpath:db/demo/platform", "flyway_demo_platform");
            for (ModuleDescriptor m : modules.modules()) {
                if (m.demoDataLocation() != null) {
                    migrateOne(m.id() + " demo", m.demoDataLocation(), "flyway_demo_" + m.id());
                }
            }
        }
    }

    // not an overload of migrateAll(): the EJB container finds lifecycle callbacks by name
    private void migrateOne(String what, String location, String historyTable) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(owner)
                .locations(location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("app_role", appRole))
                .load()
                .migrate();
        LOG.info(() -> "Schema of " + what + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
    }
}
