package cn.huiyin.platform.api.agency;

import cn.huiyin.platform.application.agency.AgencyMember;
import cn.huiyin.platform.application.agency.AgencyRules;
import cn.huiyin.platform.application.agency.Invitation;
import cn.huiyin.platform.application.agency.Invited;
import cn.huiyin.platform.application.agency.UnitSummary;
import cn.huiyin.platform.application.onboarding.OnboardingRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON shapes of {@code /api/v1/agency/...}; patterns and limits are {@link AgencyRules}'. */
public final class AgencyJson {

    private AgencyJson() {
    }

    public record Unit(long id, String nameZh, String nameEn, boolean active, long version) {
        static Unit of(UnitSummary u) {
            return new Unit(u.id(), u.nameZh(), u.nameEn(), u.active(), u.version());
        }
    }

    public record NewUnit(
            @NotBlank(message = "must not be blank")
            @Size(max = OnboardingRules.NAME_MAX, message = "must be at most {max} characters") String nameZh,
            @Size(max = OnboardingRules.NAME_MAX, message = "must be at most {max} characters") String nameEn) {
    }

    /** Rename, deactivate or reactivate; {@code version} is the one read (optimistic locking). */
    public record UnitChange(
            @NotBlank(message = "must not be blank")
            @Size(max = OnboardingRules.NAME_MAX, message = "must be at most {max} characters") String nameZh,
            @Size(max = OnboardingRules.NAME_MAX, message = "must be at most {max} characters") String nameEn,
            @NotNull(message = "must be true or false") Boolean active,
            @NotNull(message = "must be the version read") Long version) {
    }

    public record Member(String username, String familyName, String givenName, String name, String email, String role,
                         boolean enabled, boolean active, Unit unit) {
        static Member of(AgencyMember m) {
            return new Member(m.username(), m.familyName(), m.givenName(), m.displayName(), m.email(), m.role(),
                    m.enabled(), m.active(), m.unit() == null ? null : Unit.of(m.unit()));
        }
    }

    public record Invite(
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
            @Pattern(regexp = OnboardingRules.EMAIL, message = "must be an e-mail address")
            @Size(max = OnboardingRules.EMAIL_MAX, message = "must be at most {max} characters") String email,
            @NotNull(message = "must not be blank")
            @Pattern(regexp = AgencyRules.AGENCY_ROLE, message = "must be one of agency-admin, leader, supervisor, handler")
            String role,
            Long unitId) {
        Invitation toInvitation() {
            return new Invitation(username, familyName, givenName, email, role, unitId);
        }
    }

    /** The new member and the one copy of the initial password. */
    public record InviteResult(Member member, String initialPassword) {
        static InviteResult of(Invited i) {
            return new InviteResult(Member.of(i.member()), i.initialPassword());
        }

        @Override
        public String toString() {
            return "InviteResult[member=" + member + ", initialPassword=(hidden)]";
        }
    }

    public record RoleChange(
            @NotNull(message = "must not be blank")
            @Pattern(regexp = AgencyRules.AGENCY_ROLE, message = "must be one of agency-admin, leader, supervisor, handler")
            String role) {
    }

    /** {@code unitId: null} takes the member out of any unit. */
    public record UnitAssignment(Long unitId) {
    }
}
