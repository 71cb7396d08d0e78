package cn.huiyin.platform.domain.identity;

import java.util.List;

/** Realm role codes (docs/domain.md, "Who uses it"); labels are translations of these codes. */
public final class Roles {
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String DISTRICT_OVERSIGHT = "district-oversight";
    public static final String AGENCY_ADMIN = "agency-admin";
    public static final String LEADER = "leader";
    public static final String SUPERVISOR = "supervisor";
    public static final String HANDLER = "handler";
    public static final String PROPOSER = "proposer";

    /** All roles, most powerful first: the shell shows the first one a user holds. */
    public static final List<String> ALL = List.of(PLATFORM_ADMIN, DISTRICT_OVERSIGHT, AGENCY_ADMIN,
            LEADER, SUPERVISOR, HANDLER, PROPOSER);

    private Roles() {
    }
}
