package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.agency.AgencyUsersRecorder;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminException;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active people of the current agency with their agency role and name, for choosing a
 * responsible leader, a handler and a handling group: membership from the platform, role and
 * name from Keycloak (the same sources the agency admin's user list reads).
 */
@ApplicationScoped
public class AgencyStaff {

    /** One person; {@code role} is the agency role (leader, handler, …) or null. */
    public record Person(String username, String name, String role, Long unitId) {
    }

    private static final List<String> ROLES = List.of(Roles.HANDLER, Roles.SUPERVISOR, Roles.LEADER, Roles.AGENCY_ADMIN);

    @Inject
    TenantContext tenants;

    @Inject
    AgencyUsersRecorder members;

    @Inject
    KeycloakAdminClient keycloak;

    public List<Person> list() {
        String agency = tenants.requireAgency();
        try {
            Map<String, KeycloakUser> accounts = keycloak.findOrganizationByAlias(agency)
                    .map(o -> keycloak.organizationMemberUsers(o.id())).orElse(List.of()).stream()
                    .collect(Collectors.toMap(u -> u.username().toLowerCase(), Function.identity(), (a, b) -> a));
            Map<String, String> roles = new HashMap<>();
            // most powerful last, so it wins for a user holding two agency roles
            for (String role : ROLES) {
                keycloak.usersInRealmRole(role).forEach(u -> roles.put(u.toLowerCase(), role));
            }
            return members.members(agency).stream().filter(AgencyUsersRecorder.Member::active).map(m -> {
                KeycloakUser k = accounts.get(m.username().toLowerCase());
                String name = k == null ? m.username()
                        : ((k.lastName() == null ? "" : k.lastName()) + (k.firstName() == null ? "" : k.firstName()));
                return new Person(m.username(), name.isBlank() ? m.username() : name, roles.get(m.username().toLowerCase()),
                        m.unit() == null ? null : m.unit().id());
            }).toList();
        } catch (KeycloakAdminException e) {
            throw new UseCaseException(UseCaseException.Kind.CONFLICT, "directory-unavailable",
                    "The user directory (Keycloak) could not be read; try again.");
        }
    }

    public Optional<Person> find(List<Person> staff, String username) {
        return staff.stream().filter(p -> p.username().equalsIgnoreCase(username)).findFirst();
    }
}
