package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.domain.tenancy.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingRulesTest {

    static final OnboardingRequest.FirstAdmin ADMIN =
            new OnboardingRequest.FirstAdmin("civil-admin", "李", "小明", "civil-admin@zhangdian.example");

    static OnboardingRequest agency(String alias) {
        return OnboardingRequest.agency(alias, "张店区民政局", "Zhangdian Civil Affairs Bureau", "zhangdian", ADMIN);
    }

    static List<String> fieldsAndCodes(OnboardingRequest r) {
        return OnboardingRules.check(r).stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void aCompleteAgencyAndACompleteDistrictPass() {
        assertThat(OnboardingRules.check(agency("zhangdian-civil"))).isEmpty();
        assertThat(OnboardingRules.check(OnboardingRequest.district("boshan", "博山区", null, ADMIN))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "zhangdian-civil", "a1-2", "x23456789012345678901234567890123456789012345678901234567890123"})
    void aliasesOfLowerCaseLettersDigitsAndDashesStartingWithALetterPass(String alias) {
        assertThat(fieldsAndCodes(agency(alias))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Zhangdian", "1zhangdian", "-civil", "zhang_dian", "zhang dian", "张店",
            "x234567890123456789012345678901234567890123456789012345678901234"})
    void otherAliasesAreRefused(String alias) {
        assertThat(fieldsAndCodes(agency(alias))).containsExactly("alias:alias-format");
    }

    @Test
    void blankFieldsAreMissingNotMalformed() {
        var r = new OnboardingRequest(Organization.Kind.AGENCY, "  ", " ", null, "zhangdian",
                new OnboardingRequest.FirstAdmin("", " ", null, "\t"));
        assertThat(fieldsAndCodes(r)).containsExactly("alias:required", "nameZh:required", "username:required",
                "familyName:required", "givenName:required", "email:required");
    }

    @Test
    void theChineseNameMustBeChinese() {
        var r = OnboardingRequest.agency("zhangdian-civil", "Civil Affairs Bureau", null, "zhangdian", ADMIN);
        assertThat(fieldsAndCodes(r)).containsExactly("nameZh:name-zh-not-chinese");
    }

    @Test
    void namesFitTheirColumns() {
        var r = OnboardingRequest.agency("zhangdian-civil", "民".repeat(201), "x".repeat(201), "zhangdian", ADMIN);
        assertThat(fieldsAndCodes(r)).containsExactly("nameZh:too-long", "nameEn:too-long");
        assertThat(OnboardingRules.check(OnboardingRequest.agency("zhangdian-civil", "民".repeat(200), "x".repeat(200),
                "zhangdian", ADMIN))).isEmpty();
    }

    @Test
    void anAgencyBelongsToADistrictAndADistrictToNone() {
        assertThat(fieldsAndCodes(OnboardingRequest.agency("zhangdian-civil", "张店区民政局", null, null, ADMIN)))
                .containsExactly("districtAlias:district-required");
        assertThat(fieldsAndCodes(OnboardingRequest.agency("zhangdian-civil", "张店区民政局", null, "Zhang Dian", ADMIN)))
                .containsExactly("districtAlias:alias-format");
        assertThat(fieldsAndCodes(new OnboardingRequest(Organization.Kind.DISTRICT, "boshan", "博山区", null, "zibo", ADMIN)))
                .containsExactly("districtAlias:district-not-allowed");
    }

    @Test
    void theKindIsRequired() {
        assertThat(fieldsAndCodes(new OnboardingRequest(null, "boshan", "博山区", null, null, ADMIN)))
                .containsExactly("kind:required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Admin", "1admin", "ad", "civil admin", "管理员", "civil@admin",
            "a23456789012345678901234567890123456789012"})
    void usernamesFollowTheRule(String username) {
        var r = agency("zhangdian-civil");
        var bad = new OnboardingRequest(r.kind(), r.alias(), r.nameZh(), r.nameEn(), r.districtAlias(),
                new OnboardingRequest.FirstAdmin(username, "李", "小明", "li@example.cn"));
        assertThat(fieldsAndCodes(bad)).containsExactly("username:username-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"civil.admin", "civil_admin-2", "abc", "a2345678901234567890123456789012345678901"})
    void goodUsernamesPass(String username) {
        var r = OnboardingRequest.district("boshan", "博山区", null,
                new OnboardingRequest.FirstAdmin(username, "李", "小明", "li@example.cn"));
        assertThat(OnboardingRules.check(r)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"li", "li@", "@example.cn", "li@example", "li xiaoming@example.cn", "li@@example.cn"})
    void emailsMustBeAddresses(String email) {
        var r = OnboardingRequest.district("boshan", "博山区", null, new OnboardingRequest.FirstAdmin("li", "李", "小明", email));
        assertThat(fieldsAndCodes(r)).contains("email:email-format");
    }

    @Test
    void personNamesAreRequiredAndBounded() {
        var r = OnboardingRequest.district("boshan", "博山区", null,
                new OnboardingRequest.FirstAdmin("boshan-admin", "李".repeat(65), null, "li@example.cn"));
        assertThat(fieldsAndCodes(r)).containsExactly("familyName:too-long", "givenName:required");
    }

    @Test
    void aMissingAdminIsOneViolation() {
        assertThat(fieldsAndCodes(OnboardingRequest.district("boshan", "博山区", null, null))).containsExactly("admin:required");
    }

    @Test
    void inputIsStrippedAndBlankOptionalsBecomeNull() {
        var r = OnboardingRequest.agency(" zhangdian-civil ", " 张店区民政局 ", "  ", " zhangdian ",
                new OnboardingRequest.FirstAdmin(" civil-admin ", " 李 ", " 小明 ", " li@example.cn "));
        assertThat(r.alias()).isEqualTo("zhangdian-civil");
        assertThat(r.nameZh()).isEqualTo("张店区民政局");
        assertThat(r.nameEn()).isNull();
        assertThat(r.districtAlias()).isEqualTo("zhangdian");
        assertThat(r.admin().username()).isEqualTo("civil-admin");
        assertThat(r.admin().email()).isEqualTo("li@example.cn");
        assertThat(OnboardingRules.check(r)).isEmpty();
    }

    @Test
    void initialPasswordsAreLongMixedAndNeverRepeat() {
        String a = InitialPasswords.generate();
        String b = InitialPasswords.generate();
        assertThat(a).hasSize(20).isNotEqualTo(b);
        for (int i = 0; i < 200; i++) {
            String p = InitialPasswords.generate();
            assertThat(p.chars()).anyMatch(c -> InitialPasswords.UPPER.indexOf(c) >= 0)
                    .anyMatch(c -> InitialPasswords.LOWER.indexOf(c) >= 0)
                    .anyMatch(c -> InitialPasswords.DIGITS.indexOf(c) >= 0)
                    .anyMatch(c -> InitialPasswords.SYMBOLS.indexOf(c) >= 0)
                    .noneMatch(c -> "Il0O1 ".indexOf(c) >= 0);
        }
    }

    @Test
    void anOnboardedResultNeverPrintsThePassword() {
        var o = new Onboarded(new OrganizationSummary("boshan", "district", "博山区", null, null, true),
                "boshan-admin", "district-oversight", "S3cret!Pass#word-xyz");
        assertThat(o.toString()).doesNotContain("S3cret").contains("hidden");
    }
}
