package cn.huiyin.platform.infrastructure.keycloak;

import java.util.List;
import java.util.Map;

/** A Keycloak organization as the admin API returns it; {@code id} is Keycloak's, {@code alias} ours. */
public record KeycloakOrganization(String id, String alias, String name, boolean enabled,
                                   Map<String, List<String>> attributes, List<String> domains) {

    public KeycloakOrganization {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** The first value of an attribute such as {@code kind} or {@code district}. */
    public String attribute(String name) {
        List<String> values = attributes.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
