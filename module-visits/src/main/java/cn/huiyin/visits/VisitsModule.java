package cn.huiyin.visits;

import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.module.Permission;
import cn.huiyin.platform.domain.module.UiEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** Descriptor of the visits module (面商与回访). */
@ApplicationScoped
public class VisitsModule implements ModuleDescriptor {

    public static final String ID = "visits";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "面商与回访";
    }

    @Override
    public String nameEn() {
        return "Consultations & visits";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Set<String> requiredModules() {
        return Set.of("proposals");
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/visits";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(new Permission("visits.read", Set.of(Roles.AGENCY_ADMIN, Roles.LEADER, Roles.SUPERVISOR, Roles.HANDLER)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(new UiEntry("visits", "面商与回访", "Consultations & visits", "visits.read"));
    }
}
