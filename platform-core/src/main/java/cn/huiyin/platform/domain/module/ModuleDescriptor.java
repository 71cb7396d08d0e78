package cn.huiyin.platform.domain.module;

import java.util.List;
import java.util.Set;

/**
 * What a module tells the platform about itself (the Decidim "component manifest" idea): the
 * platform builds migrations, navigation and permissions from descriptors and never names a
 * module in its own code. A module publishes exactly one as an {@code @ApplicationScoped} bean.
 */
public interface ModuleDescriptor {

    /** Stable, lower-case code, e.g. {@code proposals}; used in URLs, tables and settings. */
    String id();

    String nameZh();

    String nameEn();

    String version();

    /** Ids of modules that must be present (and, per tenant, enabled) for this one to work. */
    default Set<String> requiredModules() {
        return Set.of();
    }

    /** Flyway location of the module's migrations, e.g. {@code classpath:db/proposals}. */
    String migrationLocation();

    /** Flyway location of demo data, loaded only when demo data is switched on. */
    default String demoDataLocation() {
        return null;
    }

    /** Permissions the module defines ({@code proposals.read}, …) with the roles holding each by default. */
    default List<Permission> permissions() {
        return List.of();
    }

    /** Entries the shell shows in its navigation. */
    List<UiEntry> uiEntries();

    /** Codes of the metrics the module contributes to reports, e.g. {@code reply_rate}. */
    default Set<String> metrics() {
        return Set.of();
    }
}
