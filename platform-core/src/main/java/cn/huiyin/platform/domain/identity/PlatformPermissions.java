package cn.huiyin.platform.domain.identity;

import cn.huiyin.platform.domain.module.Permission;

import java.util.List;
import java.util.Set;

import static cn.huiyin.platform.domain.identity.Roles.*;

/** The platform's own permissions and their default roles. */
public final class PlatformPermissions {

    /** Any signed-in user (e.g. reading one's own profile). */
    public static final String SIGNED_IN = "platform.signed-in";
    public static final String MANAGE_TENANTS = "platform.tenants.manage";
    public static final String MANAGE_MODULES = "platform.modules.manage";
    public static final String READ_AUDIT = "platform.audit.read";
    public static final String MANAGE_AGENCY_USERS = "platform.agency-users.manage";
    public static final String OVERSEE_DISTRICT = "platform.district.oversee";

    public static final List<Permission> ALL = List.of(
            new Permission(SIGNED_IN, Set.copyOf(Roles.ALL)),
            new Permission(MANAGE_TENANTS, Set.of(PLATFORM_ADMIN)),
            new Permission(MANAGE_MODULES, Set.of(PLATFORM_ADMIN)),
            new Permission(READ_AUDIT, Set.of(PLATFORM_ADMIN, AGENCY_ADMIN)),
            new Permission(MANAGE_AGENCY_USERS, Set.of(AGENCY_ADMIN)),
            new Permission(OVERSEE_DISTRICT, Set.of(DISTRICT_OVERSIGHT)));

    private PlatformPermissions() {
    }
}
