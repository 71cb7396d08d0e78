package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.domain.tenancy.Organization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The input rules of onboarding, without a container: the REST DTO's Bean Validation
 * annotations use the same patterns, the UI shows these violations next to its fields. Field
 * names are the API's JSON names (the admin's fields without the {@code admin.} prefix).
 */
public final class OnboardingRules {

    /** Keycloak organization alias and platform alias: lower case, starts with a letter, 3–63 characters. */
    public static final String ALIAS = "^[a-z][a-z0-9-]{2,62}$";
    /** Keycloak username of the first admin: lower case, starts with a letter, 3–41 characters. */
    public static final String USERNAME = "^[a-z][a-z0-9._-]{2,40}$";
    /** A plausible address; Keycloak checks it once more. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    /** platform_organization.name_zh / name_en are VARCHAR(200). */
    public static final int NAME_MAX = 200;
    public static final int PERSON_NAME_MAX = 64;
    public static final int EMAIL_MAX = 254;

    private static final Pattern ALIAS_RE = Pattern.compile(ALIAS);
    private static final Pattern USERNAME_RE = Pattern.compile(USERNAME);
    private static final Pattern EMAIL_RE = Pattern.compile(EMAIL);

    /** One field that breaks a rule; {@code code} is stable (the UI translates it), {@code message} English. */
    public record Violation(String field, String code, String message) {
    }

    private OnboardingRules() {
    }

    /** Every rule the request breaks, in form order; empty when it may go ahead. */
    public static List<Violation> check(OnboardingRequest r) {
        List<Violation> v = new ArrayList<>();
        if (r.kind() == null) {
            v.add(new Violation("kind", "required", "must be district or agency"));
        }
        if (r.kind() == Organization.Kind.AGENCY) {
            if (r.districtAlias() == null) {
                v.add(new Violation("districtAlias", "district-required", "an agency belongs to a district"));
            } else if (!ALIAS_RE.matcher(r.districtAlias()).matches()) {
                v.add(new Violation("districtAlias", "alias-format", "is not a district alias"));
            }
        } else if (r.kind() == Organization.Kind.DISTRICT && r.districtAlias() != null) {
            v.add(new Violation("districtAlias", "district-not-allowed", "a district belongs to no district"));
        }
        if (r.alias() == null) {
            v.add(new Violation("alias", "required", "must not be blank"));
        } else if (!ALIAS_RE.matcher(r.alias()).matches()) {
            v.add(new Violation("alias", "alias-format",
                    "must be 3–63 characters: lower-case letters, digits and '-', starting with a letter"));
        }
        if (r.nameZh() == null) {
            v.add(new Violation("nameZh", "required", "must not be blank"));
        } else if (r.nameZh().length() > NAME_MAX) {
            v.add(new Violation("nameZh", "too-long", "must be at most " + NAME_MAX + " characters"));
        } else if (r.nameZh().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            v.add(new Violation("nameZh", "name-zh-not-chinese", "must be the Chinese name (汉字)"));
        }
        if (r.nameEn() != null && r.nameEn().length() > NAME_MAX) {
            v.add(new Violation("nameEn", "too-long", "must be at most " + NAME_MAX + " characters"));
        }
        OnboardingRequest.FirstAdmin a = r.admin();
        if (a == null) {
            v.add(new Violation("admin", "required", "the first admin is required"));
            return v;
        }
        if (a.username() == null) {
            v.add(new Violation("username", "required", "must not be blank"));
        } else if (!USERNAME_RE.matcher(a.username()).matches()) {
            v.add(new Violation("username", "username-format",
                    "must be 3–41 characters: lower-case letters, digits, '.', '_' and '-', starting with a letter"));
        }
        personName(v, "familyName", a.familyName());
        personName(v, "givenName", a.givenName());
        if (a.email() == null) {
            v.add(new Violation("email", "required", "must not be blank"));
        } else if (a.email().length() > EMAIL_MAX || !EMAIL_RE.matcher(a.email()).matches()) {
            v.add(new Violation("email", "email-format", "must be an e-mail address"));
        }
        return v;
    }

    private static void personName(List<Violation> v, String field, String value) {
        if (value == null) {
            v.add(new Violation(field, "required", "must not be blank"));
        } else if (value.length() > PERSON_NAME_MAX) {
            v.add(new Violation(field, "too-long", "must be at most " + PERSON_NAME_MAX + " characters"));
        }
    }
}
