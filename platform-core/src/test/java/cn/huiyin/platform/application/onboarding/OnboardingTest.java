package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminException;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakOrganization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use case's order of steps and its compensation, with Keycloak and the database faked. */
class OnboardingTest {

    static final OnboardingRequest.FirstAdmin ADMIN =
            new OnboardingRequest.FirstAdmin("civil-admin", "李", "小明", "civil-admin@zhangdian.example");
    static final OnboardingRequest CIVIL =
            OnboardingRequest.agency("zhangdian-civil", "张店区民政局", "Zhangdian Civil Affairs Bureau", "zhangdian", ADMIN);

    /** Records every call; a step can be told to fail. */
    static class FakeKeycloak extends KeycloakAdminClient {
        final List<String> calls = new ArrayList<>();
        final List<String> existingAliases = new ArrayList<>();
        String failing;
        KeycloakAdminException failure;
        String password;
        Map<String, List<String>> attributes;
        boolean deletesFail;

        private void step(String call) {
            calls.add(call);
            if (call.startsWith(String.valueOf(failing))) {
                throw failure;
            }
        }

        @Override
        public Optional<KeycloakOrganization> findOrganizationByAlias(String alias) {
            step("find " + alias);
            return existingAliases.contains(alias)
                    ? Optional.of(new KeycloakOrganization("old-id", alias, alias, true, Map.of(), List.of()))
                    : Optional.empty();
        }

        @Override
        public String createOrganization(String alias, String name, String description, String domain,
                                         Map<String, List<String>> attributes) {
            step("createOrganization " + alias);
            this.attributes = attributes;
            return "org-1";
        }

        @Override
        public String createUser(NewUser user, String password) {
            step("createUser " + user.username() + " " + user.lastName() + user.firstName());
            this.password = password;
            return "user-1";
        }

        @Override
        public void assignRealmRole(String userId, String role) {
            step("assignRealmRole " + userId + " " + role);
        }

        @Override
        public void addOrganizationMember(String organizationId, String userId) {
            step("addOrganizationMember " + organizationId + " " + userId);
        }

        @Override
        public boolean deleteUser(String id) {
            calls.add("deleteUser " + id);
            if (deletesFail) {
                throw new KeycloakAdminException("delete user " + id, 0, "Keycloak did not answer");
            }
            return true;
        }

        @Override
        public boolean deleteOrganization(String id) {
            calls.add("deleteOrganization " + id);
            return true;
        }
    }

    static class FakeOrganizations implements OrganizationRepository {
        final List<Organization> all = new ArrayList<>(List.of(
                Organization.district("zhangdian", "张店区", "Zhangdian District"),
                Organization.agency("zhangdian-psb", "张店公安分局", null, "zhangdian")));

        public Optional<Organization> findActiveByAlias(String alias) {
            return all.stream().filter(o -> o.getAlias().equals(alias)).findFirst();
        }

        public List<Organization> findAll() {
            return all;
        }

        public List<Organization> agenciesOf(String districtAlias) {
            return all.stream().filter(o -> districtAlias.equals(o.getDistrictAlias())).toList();
        }

        public Organization add(Organization organization) {
            all.add(organization);
            return organization;
        }
    }

    static class FakeRecorder extends OnboardingRecorder {
        final List<String> recorded = new ArrayList<>();
        RuntimeException failure;

        @Override
        public OrganizationSummary record(OnboardingRequest r, String adminRole, String keycloakOrganizationId,
                                          String keycloakUserId) {
            if (failure != null) {
                throw failure;
            }
            recorded.add(r.alias() + " " + r.admin().username() + " " + adminRole + " " + keycloakOrganizationId + " " + keycloakUserId);
            return new OrganizationSummary(r.alias(), r.kind().code(), r.nameZh(), r.nameEn(), r.districtAlias(), true);
        }
    }

    static class FixedCaller extends CurrentCaller {
        Caller caller = new Caller("platform-admin", "平台管理员", Set.of("platform-admin"), List.of());

        @Override
        public Optional<Caller> get() {
            return Optional.ofNullable(caller);
        }
    }

    static class RolePermissions extends PermissionCatalog {
        @Override
        public Set<String> permissionsOf(Collection<String> roles) {
            return roles.contains("platform-admin") ? Set.of(PlatformPermissions.MANAGE_TENANTS) : Set.of(PlatformPermissions.SIGNED_IN);
        }
    }

    FakeKeycloak keycloak;
    FakeOrganizations organizations;
    FakeRecorder recorder;
    FixedCaller caller;
    Onboarding onboarding;

    @BeforeEach
    void wire() {
        onboarding = new Onboarding();
        onboarding.keycloak = keycloak = new FakeKeycloak();
        onboarding.organizations = organizations = new FakeOrganizations();
        onboarding.recorder = recorder = new FakeRecorder();
        onboarding.caller = caller = new FixedCaller();
        onboarding.permissions = new RolePermissions();
    }

    @Test
    void anAgencyIsCreatedInKeycloakStepByStepThenRecorded() {
        Onboarded done = onboarding.onboard(CIVIL);

        assertThat(keycloak.calls).containsExactly(
                "find zhangdian-civil",
                "createOrganization zhangdian-civil",
                "createUser civil-admin 李小明",
                "assignRealmRole user-1 agency-admin",
                "addOrganizationMember org-1 user-1");
        assertThat(keycloak.attributes).isEqualTo(Map.of("kind", List.of("agency"), "district", List.of("zhangdian")));
        assertThat(recorder.recorded).containsExactly("zhangdian-civil civil-admin agency-admin org-1 user-1");
        assertThat(done.adminUsername()).isEqualTo("civil-admin");
        assertThat(done.adminRole()).isEqualTo("agency-admin");
        assertThat(done.initialPassword()).isEqualTo(keycloak.password).hasSize(20);
        assertThat(done.organization().districtAlias()).isEqualTo("zhangdian");
    }

    @Test
    void aDistrictsFirstUserOverseesIt() {
        Onboarded done = onboarding.onboardDistrict("boshan", "博山区", null,
                new OnboardingRequest.FirstAdmin("bs-oversight", "王", "芳", "bs@boshan.example"));

        assertThat(keycloak.calls).contains("assignRealmRole user-1 district-oversight");
        assertThat(keycloak.attributes).isEqualTo(Map.of("kind", List.of("district")));
        assertThat(done.adminRole()).isEqualTo("district-oversight");
        assertThat(done.organization().isDistrict()).isTrue();
    }

    @Test
    void brokenRulesReachNeitherKeycloakNorTheDatabase() {
        var bad = OnboardingRequest.agency("Civil", "", null, "zhangdian", ADMIN);

        assertThatThrownBy(() -> onboarding.onboard(bad))
                .isInstanceOfSatisfying(OnboardingRejectedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.INVALID);
                    assertThat(e.violations()).extracting(OnboardingRules.Violation::field).containsExactly("alias", "nameZh");
                });
        assertThat(keycloak.calls).isEmpty();
        assertThat(recorder.recorded).isEmpty();
    }

    @Test
    void onlyPlatformAdminsMayOnboard() {
        caller.caller = new Caller("psb-handler", "吴志强", Set.of("handler"), List.of("zhangdian-psb"));

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(UseCaseException.class,
                e -> assertThat(e.kind()).isEqualTo(UseCaseException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> onboarding.organizations()).isInstanceOf(UseCaseException.class);
        assertThat(keycloak.calls).isEmpty();
    }

    @Test
    void aTakenAliasIsAConflictBeforeKeycloakIsTouched() {
        var again = OnboardingRequest.agency("zhangdian-psb", "张店公安分局", null, "zhangdian", ADMIN);

        assertThatThrownBy(() -> onboarding.onboard(again)).isInstanceOfSatisfying(UseCaseException.class,
                e -> assertThat(e.code()).isEqualTo("organization-exists"));
        assertThat(keycloak.calls).isEmpty();
    }

    @Test
    void anAliasKeycloakAlreadyHasIsAConflictToo() {
        keycloak.existingAliases.add("zhangdian-civil");

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(UseCaseException.class,
                e -> assertThat(e.code()).isEqualTo("organization-exists"));
        assertThat(keycloak.calls).containsExactly("find zhangdian-civil");
    }

    @Test
    void anAgencyNeedsAnExistingDistrict() {
        var orphan = OnboardingRequest.agency("boshan-civil", "博山区民政局", null, "boshan", ADMIN);
        var underAgency = OnboardingRequest.agency("psb-sub", "派出所", null, "zhangdian-psb", ADMIN);

        for (var r : List.of(orphan, underAgency)) {
            assertThatThrownBy(() -> onboarding.onboard(r)).isInstanceOfSatisfying(UseCaseException.class, e -> {
                assertThat(e.code()).isEqualTo("unknown-district");
                assertThat(e.kind()).isEqualTo(UseCaseException.Kind.INVALID);
            });
        }
        assertThat(keycloak.calls).isEmpty();
    }

    @Test
    void aTakenUsernameRemovesTheNewOrganizationAgain() {
        keycloak.failing = "createUser";
        keycloak.failure = new KeycloakAdminException("create user 'civil-admin'", 409, "User exists with same username");

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(UseCaseException.class, e -> {
            assertThat(e.code()).isEqualTo("user-exists");
            assertThat(e.kind()).isEqualTo(UseCaseException.Kind.CONFLICT);
        });
        assertThat(keycloak.calls).endsWith("deleteOrganization org-1").doesNotContain("deleteUser user-1");
        assertThat(recorder.recorded).isEmpty();
    }

    @Test
    void aTakenEmailIsItsOwnConflict() {
        keycloak.failing = "createUser";
        keycloak.failure = new KeycloakAdminException("create user 'civil-admin'", 409, "User exists with same email");

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(UseCaseException.class,
                e -> assertThat(e.code()).isEqualTo("email-exists"));
        assertThat(keycloak.calls).contains("deleteOrganization org-1");
    }

    @Test
    void aTakenNameInKeycloakIsAConflictAndCreatesNothing() {
        keycloak.failing = "createOrganization";
        keycloak.failure = new KeycloakAdminException("create organization 'zhangdian-civil'", 409,
                "A organization with the same name already exists.");

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(UseCaseException.class,
                e -> assertThat(e.code()).isEqualTo("organization-name-exists"));
        assertThat(keycloak.calls).noneMatch(c -> c.startsWith("delete"));
    }

    @Test
    void aKeycloakFailureAfterTheUserRemovesUserAndOrganizationAndIsABadGateway() {
        keycloak.failing = "assignRealmRole";
        keycloak.failure = new KeycloakAdminException("grant realm role 'agency-admin'", 500, "unknown_error");

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(OnboardingFailedException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.code()).isEqualTo("keycloak-failed");
            assertThat(e.getMessage()).contains("HTTP 500", "unknown_error").doesNotContain(keycloak.password);
        });
        assertThat(keycloak.calls).endsWith("deleteUser user-1", "deleteOrganization org-1");
    }

    @Test
    void anUnreachableKeycloakIsABadGateway() {
        keycloak.failing = "find";
        keycloak.failure = new KeycloakAdminException("find organization 'zhangdian-civil'", 0, "Keycloak did not answer");

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(OnboardingFailedException.class,
                e -> assertThat(e.status()).isEqualTo(502));
        assertThat(keycloak.calls).containsExactly("find zhangdian-civil");
    }

    @Test
    void aDatabaseFailureRemovesEverythingFromKeycloak() {
        recorder.failure = new IllegalStateException("commit failed");

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(OnboardingFailedException.class, e -> {
            assertThat(e.status()).isEqualTo(500);
            assertThat(e.code()).isEqualTo("onboarding-failed");
        });
        assertThat(keycloak.calls).endsWith("addOrganizationMember org-1 user-1", "deleteUser user-1", "deleteOrganization org-1");
    }

    @Test
    void whenCleaningUpFailsTooTheLeftoversAreNamed() {
        recorder.failure = new IllegalStateException("commit failed");
        keycloak.deletesFail = true;

        assertThatThrownBy(() -> onboarding.onboard(CIVIL)).isInstanceOfSatisfying(OnboardingFailedException.class, e -> {
            assertThat(e.code()).isEqualTo("onboarding-incomplete");
            assertThat(e.getMessage()).contains("user 'civil-admin' (user-1)").doesNotContain("organization 'zhangdian-civil' (org-1)");
        });
        // the organization is still removed when the user could not be
        assertThat(keycloak.calls).endsWith("deleteUser user-1", "deleteOrganization org-1");
    }
}
