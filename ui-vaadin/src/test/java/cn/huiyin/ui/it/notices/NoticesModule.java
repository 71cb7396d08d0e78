package cn.huiyin.ui.it.notices;

import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.module.Permission;
import cn.huiyin.platform.domain.module.UiEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/**
 * A fourth module that exists only in the test suite: adding it changes no platform code, yet
 * it gets its migrations, permissions, navigation entry, view, API gate, jobs and metrics.
 */
@ApplicationScoped
public class NoticesModule implements ModuleDescriptor {

    public static final String ID = "notices";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "通知公告";
    }

    @Override
    public String nameEn() {
        return "Notices";
    }

    @Override
    public String version() {
        return "0.0.1-test";
    }

    @Override
    public Set<String> requiredModules() {
        return Set.of("proposals");
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/notices";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission("notices.read", Set.of(Roles.HANDLER, Roles.LEADER, Roles.AGENCY_ADMIN)));
    }

    @Override
    public Set<String> metrics() {
        return Set.of("notice_count");
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(new UiEntry("notices", "通知公告", "Notices", "notices.read"));
    }
}
