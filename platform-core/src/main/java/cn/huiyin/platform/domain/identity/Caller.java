package cn.huiyin.platform.domain.identity;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, as the verified token says. The organization aliases are Keycloak
 * organizations (districts and agencies); the platform still checks them against its own
 * membership table before trusting them with a tenant.
 */
public record Caller(String username, String displayName, Set<String> roles, List<String> organizations) {

    public Caller {
        roles = Set.copyOf(roles);
        organizations = List.copyOf(organizations);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
