package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.onboarding.OnboardingRules.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyRulesTest {

    @Test
    void aValidInvitationBreaksNoRule() {
        assertThat(AgencyRules.checkInvitation(new Invitation(" psb-new ", "李", "明", "psb-new@psb.example", "handler", 3L)))
                .isEmpty();
    }

    @Test
    void everyBrokenFieldIsNamed() {
        assertThat(AgencyRules.checkInvitation(new Invitation("Bad Name", " ", null, "not-an-email", "platform-admin", null)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("username", "username-format"),
                        org.assertj.core.groups.Tuple.tuple("familyName", "required"),
                        org.assertj.core.groups.Tuple.tuple("givenName", "required"),
                        org.assertj.core.groups.Tuple.tuple("email", "email-format"),
                        org.assertj.core.groups.Tuple.tuple("role", "role-unknown"));
    }

    @Test
    void onlyAgencyRolesMayBeHandedOut() {
        for (String role : AgencyRules.AGENCY_ROLES) {
            assertThat(AgencyRules.checkRole(role)).isEmpty();
            assertThat(role).matches(AgencyRules.AGENCY_ROLE);
        }
        for (String role : new String[]{"platform-admin", "district-oversight", "proposer"}) {
            assertThat(AgencyRules.checkRole(role)).extracting(Violation::code).containsExactly("role-unknown");
            assertThat(role).doesNotMatch(AgencyRules.AGENCY_ROLE);
        }
        assertThat(AgencyRules.checkRole(null)).extracting(Violation::code).containsExactly("required");
    }

    @Test
    void aUnitNeedsAChineseName() {
        assertThat(AgencyRules.checkUnit("法制大队", "Legal Affairs Brigade")).isEmpty();
        assertThat(AgencyRules.checkUnit(null, null)).extracting(Violation::code).containsExactly("required");
        assertThat(AgencyRules.checkUnit("Legal", null)).extracting(Violation::code).containsExactly("name-zh-not-chinese");
        assertThat(AgencyRules.checkUnit("科".repeat(201), "x".repeat(201))).extracting(Violation::field)
                .containsExactly("nameZh", "nameEn");
    }
}
