package cn.huiyin.platform.domain.tenancy;

import java.util.List;
import java.util.Optional;

/** Memberships and per-tenant module switches. */
public interface TenancyRepository {

    /** Aliases of the active organizations the user is an active member of. */
    List<Organization> activeOrganizationsOf(String username);

    Optional<TenantModule> moduleSwitch(String tenantId, String moduleId);

    List<TenantModule> moduleSwitches(String tenantId);

    TenantModule save(TenantModule module);

    Membership save(Membership membership);

    /** Every membership of an organization, active or not, by username. */
    List<Membership> membersOf(String organizationAlias);

    Optional<Membership> membership(String username, String organizationAlias);

    /** Whether the user has a membership of any organization, active or not. */
    boolean isKnown(String username);
}
