package cn.huiyin.platform.api.admin;

import cn.huiyin.platform.application.onboarding.Onboarded;

/**
 * The answer to onboarding: the new organization and its first admin with the initial password,
 * shown this once (the platform keeps no copy).
 */
public record OnboardingResult(String alias, String kind, String nameZh, String nameEn, String districtAlias,
                               Admin admin) {

    public record Admin(String username, String role, String initialPassword) {

        @Override
        public String toString() {
            return "Admin[username=" + username + ", role=" + role + ", initialPassword=(hidden)]";
        }
    }

    static OnboardingResult of(Onboarded o) {
        var org = o.organization();
        return new OnboardingResult(org.alias(), org.kind(), org.nameZh(), org.nameEn(), org.districtAlias(),
                new Admin(o.adminUsername(), o.adminRole(), o.initialPassword()));
    }
}
