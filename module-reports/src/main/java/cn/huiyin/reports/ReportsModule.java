package cn.huiyin.reports;

import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.module.Permission;
import cn.huiyin.platform.domain.module.UiEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** Descriptor of the reports module (统计与报告). */
@ApplicationScoped
public class ReportsModule implements ModuleDescriptor {

    public static final String ID = "reports";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "统计与报告";
    }

    @Override
    public String nameEn() {
        return "Rates & reports";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Set<String> requiredModules() {
        return Set.of("proposals", "visits");
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/reports";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission("reports.read", Set.of(Roles.AGENCY_ADMIN, Roles.LEADER, Roles.SUPERVISOR, Roles.DISTRICT_OVERSIGHT)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(new UiEntry("reports", "统计与报告", "Rates & reports", "reports.read"));
    }
}
