package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.onboarding.OnboardingFailedException;
import cn.huiyin.platform.application.onboarding.OnboardingRejectedException;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminException;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakOrganization;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use case's order of steps, its guards and its compensation, with Keycloak and the database faked. */
class AgencyUsersTest {

    static final String AGENCY = "zhangdian-psb";

    static class FakeGuard extends AgencyGuard {
        @Override
        public Admin require() {
            return new Admin(new Caller("psb-admin", "psb-admin", Set.of("agency-admin"), List.of(AGENCY)), AGENCY);
        }
    }

    /** Users by username with their realm roles; records every call. */
    static class FakeKeycloak extends KeycloakAdminClient {
        final List<String> calls = new ArrayList<>();
        final Map<String, KeycloakUser> users = new LinkedHashMap<>();
        final Map<String, List<String>> roles = new HashMap<>();

        void add(String username, String role) {
            users.put(username, new KeycloakUser("id-" + username, username, "明", "李", username + "@x.cn", true));
            roles.put("id-" + username, new ArrayList<>(List.of(role, "default-roles-huiyin")));
        }

        @Override
        public Optional<KeycloakOrganization> findOrganizationByAlias(String alias) {
            return Optional.of(new KeycloakOrganization("org-" + alias, alias, alias, true, Map.of(), List.of()));
        }

        @Override
        public Optional<KeycloakUser> findUser(String username) {
            return Optional.ofNullable(users.get(username));
        }

        @Override
        public String createUser(NewUser user, String password) {
            calls.add("create " + user.username());
            if (users.containsKey(user.username())) {
                throw new KeycloakAdminException("create user", 409, "User exists with same username");
            }
            add(user.username(), "none");
            roles.get("id-" + user.username()).clear();
            return "id-" + user.username();
        }

        @Override
        public boolean deleteUser(String id) {
            calls.add("delete " + id);
            users.values().removeIf(u -> u.id().equals(id));
            return true;
        }

        @Override
        public void assignRealmRole(String userId, String role) {
            calls.add("grant " + role + " " + userId);
            roles.get(userId).add(role);
        }

        @Override
        public void removeRealmRole(String userId, String role) {
            calls.add("revoke " + role + " " + userId);
            roles.get(userId).remove(role);
        }

        @Override
        public List<String> realmRolesOf(String userId) {
            return List.copyOf(roles.get(userId));
        }

        @Override
        public void addOrganizationMember(String organizationId, String userId) {
            calls.add("member " + userId);
        }

        @Override
        public void setUserEnabled(String userId, boolean enabled) {
            calls.add((enabled ? "enable " : "disable ") + userId);
            users.replaceAll((k, u) -> u.id().equals(userId)
                    ? new KeycloakUser(u.id(), u.username(), u.firstName(), u.lastName(), u.email(), enabled) : u);
        }
    }

    /** Memberships in memory; the database step can be told to fail. */
    static class FakeRecorder extends AgencyUsersRecorder {
        final Map<String, Member> members = new LinkedHashMap<>();
        final List<String> recorded = new ArrayList<>();
        boolean failing;

        @Override
        public Member member(String agency, String username) {
            Member m = members.get(username);
            if (m == null || !AGENCY.equals(agency)) {
                throw UseCaseException.notFound("User '" + username + "' of your agency");
            }
            return m;
        }

        @Override
        public boolean isKnown(String username) {
            return members.containsKey(username);
        }

        @Override
        public UnitSummary requireUnit(Long unitId) {
            if (unitId != null && unitId != 7L) {
                throw UseCaseException.notFound("Unit " + unitId);
            }
            return unitId == null ? null : new UnitSummary(7, "法制大队", null, true, 0);
        }

        private void db(String what) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            recorded.add(what);
        }

        @Override
        public void invited(String agency, Invitation i, String keycloakUserId) {
            db("invited " + i.username());
            members.put(i.username(), new Member(i.username(), true, requireUnit(i.unitId())));
        }

        @Override
        public void roleChanged(String agency, String username, String before, String after) {
            db("role " + username + " " + before + "→" + after);
        }

        @Override
        public void activeChanged(String agency, String username, boolean active) {
            db((active ? "reactivated " : "deactivated ") + username);
            members.put(username, new Member(username, active, members.get(username).unit()));
        }
    }

    FakeKeycloak keycloak;
    FakeRecorder recorder;
    AgencyUsers users;

    @BeforeEach
    void setUp() {
        keycloak = new FakeKeycloak();
        recorder = new FakeRecorder();
        users = new AgencyUsers();
        users.guard = new FakeGuard();
        users.keycloak = keycloak;
        users.recorder = recorder;
        for (String[] u : new String[][]{{"psb-admin", "agency-admin"}, {"psb-handler", "handler"}}) {
            keycloak.add(u[0], u[1]);
            recorder.members.put(u[0], new AgencyUsersRecorder.Member(u[0], true, null));
        }
    }

    @Test
    void anInvitationCreatesTheAccountGrantsTheRoleJoinsTheOrganizationAndRecords() {
        Invited done = users.invite(new Invitation("psb-new", "王", "芳", "psb-new@psb.example", "handler", 7L));

        assertThat(keycloak.calls).containsExactly("create psb-new", "grant handler id-psb-new", "member id-psb-new");
        assertThat(recorder.recorded).containsExactly("invited psb-new");
        assertThat(done.initialPassword()).hasSize(20);
        assertThat(done.toString()).doesNotContain(done.initialPassword());
        assertThat(done.member().role()).isEqualTo("handler");
        assertThat(done.member().unit().nameZh()).isEqualTo("法制大队");
    }

    @Test
    void aFailingDatabaseRemovesTheNewKeycloakUserAgain() {
        recorder.failing = true;

        assertThatThrownBy(() -> users.invite(new Invitation("psb-new", "王", "芳", "psb-new@psb.example", "handler", null)))
                .isInstanceOfSatisfying(OnboardingFailedException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(keycloak.calls).endsWith("delete id-psb-new");
        assertThat(keycloak.users).doesNotContainKey("psb-new");
    }

    @Test
    void invalidInputOrAnUnknownUnitTouchesNothing() {
        assertThatThrownBy(() -> users.invite(new Invitation("Bad", null, "芳", "x", "platform-admin", null)))
                .isInstanceOf(OnboardingRejectedException.class);
        assertThatThrownBy(() -> users.invite(new Invitation("psb-new", "王", "芳", "psb-new@psb.example", "handler", 99L)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("not-found"));
        assertThatThrownBy(() -> users.invite(new Invitation("psb-handler", "王", "芳", "h@psb.example", "handler", null)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("user-exists"));
        assertThat(keycloak.calls).isEmpty();
    }

    @Test
    void aRoleChangeGrantsTheNewRoleAndTakesTheOldOneAway() {
        AgencyMember m = users.changeRole("psb-handler", "leader");

        assertThat(keycloak.calls).containsExactly("grant leader id-psb-handler", "revoke handler id-psb-handler");
        assertThat(keycloak.roles.get("id-psb-handler")).containsExactlyInAnyOrder("leader", "default-roles-huiyin");
        assertThat(recorder.recorded).containsExactly("role psb-handler handler→leader");
        assertThat(m.role()).isEqualTo("leader");
    }

    @Test
    void aFailingDatabaseRestoresTheOldRole() {
        recorder.failing = true;

        assertThatThrownBy(() -> users.changeRole("psb-handler", "leader")).isInstanceOf(OnboardingFailedException.class);
        assertThat(keycloak.roles.get("id-psb-handler")).containsExactlyInAnyOrder("handler", "default-roles-huiyin");
    }

    @Test
    void deactivationDisablesTheAccountAndTheMembership() {
        AgencyMember m = users.deactivate("psb-handler");

        assertThat(keycloak.calls).containsExactly("disable id-psb-handler");
        assertThat(m.enabled()).isFalse();
        assertThat(m.active()).isFalse();

        recorder.failing = true;
        assertThatThrownBy(() -> users.reactivate("psb-handler")).isInstanceOf(OnboardingFailedException.class);
        assertThat(keycloak.calls).containsExactly("disable id-psb-handler", "enable id-psb-handler", "disable id-psb-handler");
        assertThat(keycloak.users.get("psb-handler").enabled()).isFalse();
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        assertThatThrownBy(() -> users.deactivate("psb-admin"))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("own-account");
                });
        assertThatThrownBy(() -> users.changeRole("psb-admin", "leader"))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("own-account"));
        assertThat(keycloak.calls).isEmpty();
    }

    @Test
    void aUserOfAnotherAgencyIsNotFound() {
        assertThatThrownBy(() -> users.deactivate("edu-handler"))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.kind()).isEqualTo(UseCaseException.Kind.NOT_FOUND));
        assertThat(keycloak.calls).isEmpty();
    }
}
