package cn.huiyin.platform.infrastructure.keycloak;

/** A user as Keycloak's admin API returns it; firstName is the given name, lastName the family name. */
public record KeycloakUser(String id, String username, String firstName, String lastName, String email,
                           boolean enabled) {
}
