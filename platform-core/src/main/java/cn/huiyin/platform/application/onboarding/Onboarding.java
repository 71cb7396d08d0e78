package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a district or an agency while the platform runs (开通): platform admins only.
 *
 * <p>Order: check the input → Keycloak organization → Keycloak user with a generated, non-temporary
 * password → realm role (agency-admin for an agency, district-oversight for a district) →
 * organization membership → in one database transaction the platform_organization row, the
 * platform_member row and the audit line {@value OnboardingRecorder#AUDIT_ACTION}. When any step
 * fails, the Keycloak objects created so far are deleted again, newest first: nothing stays
 * half-created. Keycloak and the database cannot share a transaction, hence this compensation.
 *
 * <p>Runs outside any transaction: the Keycloak calls must not hold a database connection, and
 * the recording transaction must have committed before success is reported.
 */
@ApplicationScoped
public class Onboarding {

    private static final Logger LOG = Logger.getLogger(Onboarding.class.getName());

    @Inject
    KeycloakAdminClient keycloak;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OnboardingRecorder recorder;

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog permissions;

    /** Every district and agency, active or not: districts first, then by alias. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationSummary> organizations() {
        requirePermission();
        return organizations.findAll().stream().map(OrganizationSummary::of).toList();
    }

    public Onboarded onboardDistrict(String alias, String nameZh, String nameEn, OnboardingRequest.FirstAdmin admin) {
        return onboard(OnboardingRequest.district(alias, nameZh, nameEn, admin));
    }

    public Onboarded onboardAgency(String alias, String nameZh, String nameEn, String districtAlias,
                                   OnboardingRequest.FirstAdmin admin) {
        return onboard(OnboardingRequest.agency(alias, nameZh, nameEn, districtAlias, admin));
    }

    /**
     * @throws OnboardingRejectedException the input breaks a rule (400)
     * @throws UseCaseException {@code unknown-district} (400); {@code organization-exists},
     *         {@code organization-name-exists}, {@code user-exists}, {@code email-exists} (409);
     *         {@code keycloak-rejected} (400); {@code forbidden} (403)
     * @throws OnboardingFailedException Keycloak failed (502) or the database did (500)
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Onboarded onboard(OnboardingRequest request) {
        Caller actor = requirePermission();
        List<OnboardingRules.Violation> violations = OnboardingRules.check(request);
        if (!violations.isEmpty()) {
            throw new OnboardingRejectedException(violations);
        }
        checkAgainstPlatform(request);
        checkAgainstKeycloak(request);

        String role = request.kind() == Organization.Kind.DISTRICT ? Roles.DISTRICT_OVERSIGHT : Roles.AGENCY_ADMIN;
        String password = InitialPasswords.generate();
        Created created = new Created();
        Step step = Step.ORGANIZATION;
        try {
            created.organizationId = keycloak.createOrganization(request.alias(), request.nameZh(),
                    description(request), null, attributes(request));
            step = Step.USER;
            OnboardingRequest.FirstAdmin admin = request.admin();
            created.userId = keycloak.createUser(new KeycloakAdminClient.NewUser(admin.username(), admin.givenName(),
                    admin.familyName(), admin.email()), password);
            step = Step.ROLE;
            keycloak.assignRealmRole(created.userId, role);
            step = Step.MEMBERSHIP;
            keycloak.addOrganizationMember(created.organizationId, created.userId);
            step = Step.DATABASE;
            OrganizationSummary organization = recorder.record(request, role, created.organizationId, created.userId);
            LOG.info(() -> actor.username() + " onboarded " + request.kind().code() + " '" + request.alias()
                    + "' with first user '" + admin.username() + "' (" + role + ")");
            return new Onboarded(organization, admin.username(), role, password);
        } catch (RuntimeException e) {
            List<String> leftovers = compensate(created, request);
            RuntimeException failure = translate(e, step, request);
            if (!leftovers.isEmpty()) {
                throw new OnboardingFailedException(502, OnboardingFailedException.INCOMPLETE,
                        failure.getMessage() + " Removing what was already created in Keycloak failed too; left behind: "
                                + String.join(", ", leftovers) + ".", e);
            }
            throw failure;
        }
    }

    private enum Step { ORGANIZATION, USER, ROLE, MEMBERSHIP, DATABASE }

    /** Keycloak ids created so far, for compensation. */
    private static final class Created {
        String organizationId;
        String userId;
    }

    private Caller requirePermission() {
        Caller c = caller.get().orElse(null);
        if (c == null || !permissions.permissionsOf(c.roles()).contains(PlatformPermissions.MANAGE_TENANTS)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden",
                    "Only platform admins may onboard districts and agencies (" + PlatformPermissions.MANAGE_TENANTS + ").");
        }
        return c;
    }

    private void checkAgainstPlatform(OnboardingRequest r) {
        // inactive rows keep their alias too: the alias is unique in platform_organization
        List<Organization> all = organizations.findAll();
        if (all.stream().anyMatch(o -> o.getAlias().equals(r.alias()))) {
            throw UseCaseException.conflict("organization-exists", "An organization with alias '" + r.alias() + "' exists already.");
        }
        if (r.kind() == Organization.Kind.AGENCY && all.stream().noneMatch(o -> o.getAlias().equals(r.districtAlias())
                && o.getKind() == Organization.Kind.DISTRICT && o.isActive())) {
            throw UseCaseException.invalid("unknown-district", "There is no active district '" + r.districtAlias() + "'.");
        }
    }

    private void checkAgainstKeycloak(OnboardingRequest r) {
        try {
            if (keycloak.findOrganizationByAlias(r.alias()).isPresent()) {
                throw UseCaseException.conflict("organization-exists",
                        "Keycloak has an organization with alias '" + r.alias() + "' already (not registered in the platform).");
            }
        } catch (KeycloakAdminException e) {
            throw keycloakFailed(e);
        }
    }

    /** Deletes what Keycloak has of this onboarding, newest first; returns what could not be deleted. */
    private List<String> compensate(Created created, OnboardingRequest r) {
        List<String> leftovers = new ArrayList<>();
        if (created.userId != null) {
            try {
                keycloak.deleteUser(created.userId);
                LOG.info(() -> "Onboarding of '" + r.alias() + "' undone: Keycloak user " + created.userId + " removed");
            } catch (RuntimeException e) {
                leftovers.add("user '" + r.admin().username() + "' (" + created.userId + ")");
                LOG.log(Level.SEVERE, "Onboarding of '" + r.alias() + "': could not delete Keycloak user "
                        + created.userId + "; delete it by hand", e);
            }
        }
        if (created.organizationId != null) {
            try {
                keycloak.deleteOrganization(created.organizationId);
                LOG.info(() -> "Onboarding of '" + r.alias() + "' undone: Keycloak organization " + created.organizationId + " removed");
            } catch (RuntimeException e) {
                leftovers.add("organization '" + r.alias() + "' (" + created.organizationId + ")");
                LOG.log(Level.SEVERE, "Onboarding of '" + r.alias() + "': could not delete Keycloak organization "
                        + created.organizationId + "; delete it by hand", e);
            }
        }
        return leftovers;
    }

    private static RuntimeException translate(RuntimeException e, Step step, OnboardingRequest r) {
        if (e instanceof UseCaseException || e instanceof OnboardingFailedException) {
            return e;
        }
        if (!(e instanceof KeycloakAdminException k)) {
            LOG.log(Level.SEVERE, "Onboarding of '" + r.alias() + "' failed while recording it in the database", e);
            return new OnboardingFailedException(500, OnboardingFailedException.DATABASE_FAILED,
                    "The platform could not record organization '" + r.alias() + "'; nothing was created.", e);
        }
        String error = k.error() == null ? "" : k.error();
        if (step == Step.ORGANIZATION && k.status() == 409) {
            return error.contains("same name")
                    ? UseCaseException.conflict("organization-name-exists",
                            "Keycloak has an organization named '" + r.nameZh() + "' already.")
                    : UseCaseException.conflict("organization-exists",
                            "Keycloak has an organization with alias '" + r.alias() + "' already.");
        }
        if (step == Step.USER && k.status() == 409) {
            return error.contains("email")
                    ? UseCaseException.conflict("email-exists", "Keycloak has a user with e-mail '" + r.admin().email() + "' already.")
                    : UseCaseException.conflict("user-exists", "Keycloak has a user '" + r.admin().username() + "' already.");
        }
        if ((step == Step.ORGANIZATION || step == Step.USER) && k.status() == 400) {
            return UseCaseException.invalid("keycloak-rejected", "Keycloak refused the input: " + error);
        }
        return keycloakFailed(k);
    }

    private static OnboardingFailedException keycloakFailed(KeycloakAdminException e) {
        LOG.log(Level.WARNING, "Onboarding: Keycloak failed: " + e.getMessage());
        return new OnboardingFailedException(502, OnboardingFailedException.KEYCLOAK_FAILED,
                "Keycloak: " + e.getMessage() + ". Nothing was created.", e);
    }

    private static String description(OnboardingRequest r) {
        return r.kind() == Organization.Kind.DISTRICT ? "区（district, oversight）" : "单位（agency, tenant）";
    }

    private static Map<String, List<String>> attributes(OnboardingRequest r) {
        return r.kind() == Organization.Kind.DISTRICT
                ? Map.of("kind", List.of("district"))
                : Map.of("kind", List.of("agency"), "district", List.of(r.districtAlias()));
    }
}
