package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.onboarding.OnboardingRules;
import cn.huiyin.platform.application.onboarding.OnboardingRules.Violation;
import cn.huiyin.platform.domain.identity.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Input rules for units and invitations, without a container: the REST DTOs' Bean Validation uses
 * the same patterns, the UI shows these violations next to its fields. Field names are the API's.
 */
public final class AgencyRules {

    /** The roles an agency admin hands out inside the agency. */
    public static final List<String> AGENCY_ROLES = List.of(Roles.AGENCY_ADMIN, Roles.LEADER, Roles.SUPERVISOR, Roles.HANDLER);
    /** The same as a regular expression, for Bean Validation. */
    public static final String AGENCY_ROLE = "agency-admin|leader|supervisor|handler";

    private static final Pattern USERNAME_RE = Pattern.compile(OnboardingRules.USERNAME);
    private static final Pattern EMAIL_RE = Pattern.compile(OnboardingRules.EMAIL);

    private AgencyRules() {
    }

    public static List<Violation> checkUnit(String nameZh, String nameEn) {
        List<Violation> v = new ArrayList<>();
        if (nameZh == null) {
            v.add(new Violation("nameZh", "required", "must not be blank"));
        } else if (nameZh.length() > OnboardingRules.NAME_MAX) {
            v.add(new Violation("nameZh", "too-long", "must be at most " + OnboardingRules.NAME_MAX + " characters"));
        } else if (nameZh.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            v.add(new Violation("nameZh", "name-zh-not-chinese", "must be the Chinese name (汉字)"));
        }
        if (nameEn != null && nameEn.length() > OnboardingRules.NAME_MAX) {
            v.add(new Violation("nameEn", "too-long", "must be at most " + OnboardingRules.NAME_MAX + " characters"));
        }
        return v;
    }

    public static List<Violation> checkInvitation(Invitation i) {
        List<Violation> v = new ArrayList<>();
        if (i.username() == null) {
            v.add(new Violation("username", "required", "must not be blank"));
        } else if (!USERNAME_RE.matcher(i.username()).matches()) {
            v.add(new Violation("username", "username-format",
                    "must be 3–41 characters: lower-case letters, digits, '.', '_' and '-', starting with a letter"));
        }
        personName(v, "familyName", i.familyName());
        personName(v, "givenName", i.givenName());
        if (i.email() == null) {
            v.add(new Violation("email", "required", "must not be blank"));
        } else if (i.email().length() > OnboardingRules.EMAIL_MAX || !EMAIL_RE.matcher(i.email()).matches()) {
            v.add(new Violation("email", "email-format", "must be an e-mail address"));
        }
        checkRole(v, i.role());
        return v;
    }

    public static List<Violation> checkRole(String role) {
        List<Violation> v = new ArrayList<>();
        checkRole(v, role);
        return v;
    }

    private static void checkRole(List<Violation> v, String role) {
        if (role == null) {
            v.add(new Violation("role", "required", "must not be blank"));
        } else if (!AGENCY_ROLES.contains(role)) {
            v.add(new Violation("role", "role-unknown", "must be one of " + String.join(", ", AGENCY_ROLES)));
        }
    }

    private static void personName(List<Violation> v, String field, String value) {
        if (value == null) {
            v.add(new Violation(field, "required", "must not be blank"));
        } else if (value.length() > OnboardingRules.PERSON_NAME_MAX) {
            v.add(new Violation(field, "too-long", "must be at most " + OnboardingRules.PERSON_NAME_MAX + " characters"));
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
