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
    // --- intake ---
    /** District oversight registers and imports items into its district's agencies (登记交办). */
    public static final String REGISTER = "proposals.register";
    /** District oversight reads its district's items (and summary). */
    public static final String OVERSEE = "proposals.oversee";
    // --- assignment ---
    /** Setting the responsible leader, unit, handler and handling group of the agency's items. */
    public static final String ASSIGN = "proposals.assign";
    /** Reading the items the agency co-handles (a restricted view) and writing its opinion. */
    public static final String COHANDLE = "proposals.cohandle";
    /** Signing off the agency's co-handling opinion. */
    public static final String COHANDLE_SIGN_OFF = "proposals.cohandle.sign-off";
    /** District oversight: co-handling agencies, waivers and reassignment decisions. */
    public static final String OVERSEE_ASSIGN = "proposals.oversee.assign";
    // --- deadlines ---
    /** Setting the registration deadlines an item lacks. */
    public static final String SCHEDULE_DEADLINES = "proposals.deadlines.schedule";
    /** District oversight: deadline rules, calendar, reply-deadline extensions. */
    public static final String DISTRICT_DEADLINES = "proposals.deadlines.district";
    /** Starting the reminder run by hand. */
    public static final String RUN_REMINDERS = "proposals.reminders.run";
    /** Reading one's own notifications. */
    public static final String NOTIFICATIONS = "proposals.notifications";
    /** The proposer's portal: their own items across their district's agencies, and rating them. */
    public static final String PORTAL = "proposals.portal";
    /** Entering a rating the proposer gave on paper (marked as such, with who entered it). */
    public static final String RATE_ON_PAPER = "proposals.rate-on-paper";
    /** Keeping the agency's reply-letter templates. */
    public static final String TEMPLATES = "proposals.templates";
    // --- reply ---
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
                // --- assignment ---
                new Permission(ASSIGN, Set.of(Roles.AGENCY_ADMIN, Roles.LEADER)),
                new Permission(COHANDLE, Set.of(Roles.AGENCY_ADMIN, Roles.LEADER, Roles.SUPERVISOR, Roles.HANDLER)),
                new Permission(COHANDLE_SIGN_OFF, Set.of(Roles.AGENCY_ADMIN, Roles.LEADER)),
                new Permission(OVERSEE_ASSIGN, Set.of(Roles.DISTRICT_OVERSIGHT)),
                // --- deadlines ---
                new Permission(SCHEDULE_DEADLINES, Set.of(Roles.AGENCY_ADMIN, Roles.LEADER)),
                new Permission(DISTRICT_DEADLINES, Set.of(Roles.DISTRICT_OVERSIGHT)),
                new Permission(RUN_REMINDERS, Set.of(Roles.PLATFORM_ADMIN)),
                new Permission(NOTIFICATIONS, Set.copyOf(Roles.ALL)),
                new Permission(PORTAL, Set.of(Roles.PROPOSER)),
                new Permission(RATE_ON_PAPER, Set.of(Roles.SUPERVISOR)),
                new Permission(TEMPLATES, Set.of(Roles.AGENCY_ADMIN, Roles.LEADER)),
                // --- intake ---
                new Permission(REGISTER, Set.of(Roles.DISTRICT_OVERSIGHT)),
                // --- reply ---
                new Permission(CORRECT_OUTCOME, Set.of(Roles.DISTRICT_OVERSIGHT)));
    }

    @Override
    public Set<String> metrics() {
        return Set.of("reply_rate", "on_time_reply_rate", "handling_rate", "satisfaction_rate", "implementation_rate");
    }

    @Override
    public List<UiEntry> uiEntries() {
        // in the order a person works: agency staff from their inbox, oversight from the district's
        // list, proposers from their portal; each entry shows only to those holding its permission
        return List.of(new UiEntry("inbox", "我的待办", "My inbox", "proposals.read"),
                new UiEntry("proposals", "建议提案办理", "Suggestions & proposals", "proposals.read"),
                new UiEntry("proposals/replies", "答复与审核", "Replies & review", HANDLE),
                new UiEntry("proposals-cohandling", "会办事项", "Co-handling", COHANDLE),
                new UiEntry("proposals-templates", "答复函模板", "Reply templates", TEMPLATES),
                new UiEntry("district/items", "区内建议提案", "District items", OVERSEE),
                new UiEntry("district/register", "登记交办", "Register an item", REGISTER),
                new UiEntry("district/import", "导入交办清单", "Import session list", REGISTER),
                new UiEntry("proposals-assignment", "交办与改办", "Assignment & reassignment", OVERSEE_ASSIGN),
                new UiEntry("proposals/outcome-corrections", "答复类别更正", "Outcome corrections", CORRECT_OUTCOME),
                new UiEntry("deadline-settings", "办理期限设置", "Deadline settings", DISTRICT_DEADLINES),
                new UiEntry("portal", "我的建议提案", "My suggestions & proposals", PORTAL),
                new UiEntry("notifications", "消息提醒", "Notifications", NOTIFICATIONS));
    }
}
