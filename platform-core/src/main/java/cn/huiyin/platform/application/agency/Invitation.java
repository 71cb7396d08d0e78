package cn.huiyin.platform.application.agency;

/** A user an agency admin invites into their agency; strings are stripped, blank ones become null. */
public record Invitation(String username, String familyName, String givenName, String email, String role, Long unitId) {

    public Invitation {
        username = AgencyRules.strip(username);
        familyName = AgencyRules.strip(familyName);
        givenName = AgencyRules.strip(givenName);
        email = AgencyRules.strip(email);
        role = AgencyRules.strip(role);
    }
}
