package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.domain.tenancy.Organization;

/**
 * What a platform admin fills in to open a district or an agency: the organization and its
 * first user (an agency's 单位管理员, a district's 区级督办). Strings are stripped; blank
 * optional ones become {@code null}.
 */
public record OnboardingRequest(Organization.Kind kind, String alias, String nameZh, String nameEn,
                                String districtAlias, FirstAdmin admin) {

    /** The first user of the new organization; Keycloak's firstName is the given name, lastName the family name. */
    public record FirstAdmin(String username, String familyName, String givenName, String email) {

        public FirstAdmin {
            username = strip(username);
            familyName = strip(familyName);
            givenName = strip(givenName);
            email = strip(email);
        }
    }

    public OnboardingRequest {
        alias = strip(alias);
        nameZh = strip(nameZh);
        nameEn = strip(nameEn);
        districtAlias = strip(districtAlias);
    }

    public static OnboardingRequest district(String alias, String nameZh, String nameEn, FirstAdmin admin) {
        return new OnboardingRequest(Organization.Kind.DISTRICT, alias, nameZh, nameEn, null, admin);
    }

    public static OnboardingRequest agency(String alias, String nameZh, String nameEn, String districtAlias, FirstAdmin admin) {
        return new OnboardingRequest(Organization.Kind.AGENCY, alias, nameZh, nameEn, districtAlias, admin);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
