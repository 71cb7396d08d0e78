package cn.huiyin.proposals;

import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.module.Permission;
import cn.huiyin.platform.domain.module.UiEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** Descriptor of the proposals module (建议提案办理). */
@ApplicationScoped
public class ProposalsModule implements ModuleDescriptor {

    public static final String ID = "proposals";
    /** Taking workflow actions on the agency's items; the workflow's own table still decides which role may take which. */
    public static final String HANDLE = "proposals.handle";
    /** District oversight corrects the outcome class of a replied item (reply slice). */
    public static final String CORRECT_OUTCOME = "proposals.correct-outcome";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "建议提案办理";
    }

    @Override
    public String nameEn() {
        return "Suggestions & proposals";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public Set<String> requiredModules() {
        return Set.of();
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/proposals";
    }

    @Override
    public String demoDataLocation() {
        return "classpath:db/demo/proposals";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission("proposals.read", Set.of(Roles.AGENCY_ADMIN, Roles.LEADER, Roles.SUPERVISOR, Roles.HANDLER)),
                new Permission(HANDLE, Set.of(Roles.AGENCY_ADMIN, Roles.LEADER, Roles.SUPERVISOR, Roles.HANDLER)),
                new Permission("proposals.mark-key", Set.of(Roles.AGENCY_ADMIN, Roles.LEADER)),
                new Permission("proposals.oversee", Set.of(Roles.DISTRICT_OVERSIGHT)),
                new Permission(CORRECT_OUTCOME, Set.of(Roles.DISTRICT_OVERSIGHT)));
    }

    @Override
    public Set<String> metrics() {
        return Set.of("reply_rate", "on_time_reply_rate", "handling_rate", "satisfaction_rate", "implementation_rate");
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(new UiEntry("proposals", "建议提案办理", "Suggestions & proposals", null),
                new UiEntry("proposals/replies", "答复与审核", "Replies & review", HANDLE),
                new UiEntry("proposals/outcome-corrections", "答复类别更正", "Outcome corrections", CORRECT_OUTCOME));
    }
}
