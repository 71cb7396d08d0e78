package cn.huiyin.platform.api.admin;

import cn.huiyin.platform.application.onboarding.OnboardingRequest;
import cn.huiyin.platform.application.onboarding.OnboardingRules;
import cn.huiyin.platform.domain.tenancy.Organization;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * {@code POST /api/v1/admin/organizations}: a district or agency to open and its first admin.
 * The patterns are {@link OnboardingRules}'; the use case checks the rules that span fields
 * (an agency names its district, a district names none).
 */
public record OnboardingBody(
        @NotNull(message = "must be district or agency")
        @Pattern(regexp = "district|agency", message = "must be district or agency") String kind,
        @NotBlank(message = "must not be blank")
        @Pattern(regexp = OnboardingRules.ALIAS,
                message = "must be 3–63 characters: lower-case letters, digits and '-', starting with a letter") String alias,
        @NotBlank(message = "must not be blank")
        @Size(max = OnboardingRules.NAME_MAX, message = "must be at most {max} characters") String nameZh,
        @Size(max = OnboardingRules.NAME_MAX, message = "must be at most {max} characters") String nameEn,
        @Pattern(regexp = OnboardingRules.ALIAS, message = "is not a district alias") String districtAlias,
        @NotNull(message = "the first admin is required") @Valid Admin admin) {

    /** The first user: an agency's 单位管理员 or a district's 区级督办. */
    public record Admin(
            @NotBlank(message = "must not be blank")
            @Pattern(regexp = OnboardingRules.USERNAME,
                    message = "must be 3–41 characters: lower-case letters, digits, '.', '_' and '-', starting with a letter")
            String username,
            @NotBlank(message = "must not be blank")
            @Size(max = OnboardingRules.PERSON_NAME_MAX, message = "must be at most {max} characters") String familyName,
            @NotBlank(message = "must not be blank")
            @Size(max = OnboardingRules.PERSON_NAME_MAX, message = "must be at most {max} characters") String givenName,
            @NotBlank(message = "must not be blank")
            @Email(message = "must be an e-mail address")
            @Size(max = OnboardingRules.EMAIL_MAX, message = "must be at most {max} characters") String email) {
    }

    OnboardingRequest toRequest() {
        return new OnboardingRequest(Organization.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), alias, nameZh, nameEn,
                districtAlias, new OnboardingRequest.FirstAdmin(admin.username(), admin.familyName(), admin.givenName(),
                admin.email()));
    }
}
