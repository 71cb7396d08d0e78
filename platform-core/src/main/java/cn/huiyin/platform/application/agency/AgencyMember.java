package cn.huiyin.platform.application.agency;

/**
 * A member of the agency as its admin sees it: the platform's membership (active, unit) joined
 * with Keycloak's account (names, e-mail, role, enabled). {@code role} is the agency role the
 * user holds (null if none); {@code enabled} is Keycloak's flag.
 */
public record AgencyMember(String username, String familyName, String givenName, String email, String role,
                           boolean enabled, boolean active, UnitSummary unit) {

    /** 姓名 as Chinese writes it: family name first, no space. */
    public String displayName() {
        return (familyName == null ? "" : familyName) + (givenName == null ? "" : givenName);
    }
}
