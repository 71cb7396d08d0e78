package cn.huiyin.ui.it;

import cn.huiyin.devstack.DirectGrant;
import cn.huiyin.devstack.EmbeddedDatabase;
import cn.huiyin.devstack.KeycloakServer;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminClient;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakAdminException;
import cn.huiyin.platform.infrastructure.keycloak.KeycloakOrganization;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.huiyin.ui.it.KeycloakAdminProbe.claim;
import static cn.huiyin.ui.it.KeycloakAdminProbe.fields;
import static cn.huiyin.ui.it.KeycloakAdminProbe.keycloakAdmin;
import static cn.huiyin.ui.it.KeycloakAdminProbe.keycloakAdminWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Onboarding without restarts, against the real Keycloak and PostgreSQL and the real WAR: the
 * admin client's calls one by one, then the REST API and the view. What Keycloak holds afterwards
 * is checked through its admin API directly, not through the code under test.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
class OnboardingIT {

    static final String PASSWORD = "huiyin123";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ORGS = "api/v1/admin/organizations";

    @ArquillianResource
    URL deployed;

    URI base;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huiyin.war")));
    }

    /** What these tests onboard; removed afterwards, so other test classes on the same stack see the seeded district only. */
    static final List<String> ONBOARDED = List.of("zhangdian-civil", "zhangdian-sport", "zhangdian-culture", "boshan-edu", "boshan");
    static final List<String> FIRST_ADMINS = List.of("civil-admin", "sport-admin", "culture-admin", "bs-edu-admin", "bs-oversight");

    @AfterAll
    static void removeWhatWasOnboarded() throws SQLException {
        try (Connection c = Stack.running().db().superuserConnection(EmbeddedDatabase.HUIYIN_DB)) {
            for (String sql : List.of("delete from platform_member where organization_alias = any(?)",
                    "delete from platform_tenant_module where tenant_id = any(?)",
                    "delete from platform_organization where alias = any(?) and kind = 'agency'",
                    "delete from platform_organization where alias = any(?)")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setArray(1, c.createArrayOf("varchar", ONBOARDED.toArray()));
                    ps.executeUpdate();
                }
            }
        }
        for (String alias : ONBOARDED) {
            keycloakOrganizations().getValuesAs(JsonObject.class).stream().filter(o -> alias.equals(o.getString("alias", null)))
                    .forEach(o -> keycloakAdminWrite("DELETE", "organizations/" + o.getString("id"), null, 204));
        }
        for (String username : FIRST_ADMINS) {
            keycloakAdmin("users?exact=true&username=" + username).asJsonArray().getValuesAs(JsonObject.class)
                    .forEach(u -> keycloakAdminWrite("DELETE", "users/" + u.getString("id"), null, 204));
        }
    }

    @BeforeEach
    void onLoopback() {
        String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        base = URI.create("http://localhost:" + deployed.getPort() + path);
    }

    // ---- the admin client, call by call, against the real server ---------------------------------

    @Test
    void theAdminClientDoesEachCallAgainstTheRealKeycloak() {
        KeycloakAdminClient client = KeycloakAdminClient.of(KeycloakAdminClient.Settings.masterAdmin(
                keycloak().baseUrl(), KeycloakServer.REALM, KeycloakServer.DEV_ADMIN_USER, KeycloakServer.DEV_ADMIN_PASSWORD));

        // alias lookup: seeded organizations are found with their attributes, unknown ones are not
        KeycloakOrganization psb = client.findOrganizationByAlias("zhangdian-psb").orElseThrow();
        assertThat(psb.name()).isEqualTo("张店公安分局");
        assertThat(psb.attribute("kind")).isEqualTo("agency");
        assertThat(psb.attribute("district")).isEqualTo("zhangdian");
        assertThat(client.findOrganizationByAlias("zhangdian")).map(KeycloakOrganization::name).contains("张店区");
        assertThat(client.findOrganizationByAlias("zhangdian-ps")).isEmpty();
        assertThat(client.organizations()).extracting(KeycloakOrganization::alias).contains("zhangdian", "zichuan-edu");

        String orgId = client.createOrganization("client-check", "客户端检查局", "test", null,
                Map.of("kind", List.of("agency"), "district", List.of("zhangdian")));
        String userId = null;
        try {
            KeycloakOrganization created = client.organization(orgId);
            assertThat(created.alias()).isEqualTo("client-check");
            assertThat(created.domains()).containsExactly("client-check.huiyin.local");
            assertThat(created.attributes()).containsEntry("kind", List.of("agency")).containsEntry("district", List.of("zhangdian"));
            assertThat(client.findOrganizationByAlias("client-check")).map(KeycloakOrganization::id).contains(orgId);

            assertThatThrownBy(() -> client.createOrganization("client-check", "另一个名称", null, "other.huiyin.local", Map.of()))
                    .isInstanceOfSatisfying(KeycloakAdminException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.error()).contains("same alias");
                    });
            assertThatThrownBy(() -> client.createOrganization("client-check-2", "客户端检查局", null, null, Map.of()))
                    .isInstanceOfSatisfying(KeycloakAdminException.class, e -> assertThat(e.error()).contains("same name"));

            String secret = "Initial-Pass-" + System.nanoTime();
            userId = client.createUser(new KeycloakAdminClient.NewUser("client-check-admin", "小明", "李",
                    "client-check-admin@example.cn"), secret);
            assertThat(client.findUserId("client-check-admin")).contains(userId);
            assertThat(client.findUserId("client-check")).isEmpty();
            String uid = userId;
            assertThatThrownBy(() -> client.createUser(new KeycloakAdminClient.NewUser("client-check-admin", null, null, null), "x"))
                    .isInstanceOfSatisfying(KeycloakAdminException.class, e -> {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.error()).contains("same username");
                        assertThat(e.getMessage()).doesNotContain("eyJ", "Bearer", secret);
                    });
            assertThatThrownBy(() -> client.createUser(new KeycloakAdminClient.NewUser("client-check-b", null, null, "not-an-email"), "x"))
                    .isInstanceOfSatisfying(KeycloakAdminException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.error()).contains("email");
                    });

            client.assignRealmRole(userId, "agency-admin");
            assertThat(client.realmRolesOf(userId)).contains("agency-admin");
            assertThatThrownBy(() -> client.assignRealmRole(uid, "no-such-role"))
                    .isInstanceOfSatisfying(KeycloakAdminException.class, e -> assertThat(e.status()).isEqualTo(404));
            client.addOrganizationMember(orgId, userId);
            assertThat(client.organizationMembers(orgId)).containsExactly("client-check-admin");
            assertThatThrownBy(() -> client.addOrganizationMember(orgId, uid))
                    .isInstanceOfSatisfying(KeycloakAdminException.class, e -> assertThat(e.status()).isEqualTo(409));

            // the new user signs in with the password set, and the token names the organization
            Map<String, Object> claims = DirectGrant.claims(DirectGrant.token(keycloak().issuer(), "huiyin-cli",
                    "client-check-admin", secret));
            assertThat(claim(claims, "organization")).containsExactly("client-check");
            assertThat(claim(claims, "groups")).contains("agency-admin");
        } finally {
            if (userId != null) {
                assertThat(client.deleteUser(userId)).isTrue();
                assertThat(client.deleteUser(userId)).as("already gone").isFalse();
            }
            assertThat(client.deleteOrganization(orgId)).isTrue();
            assertThat(client.deleteOrganization(orgId)).as("already gone").isFalse();
        }
        assertThat(client.findOrganizationByAlias("client-check")).isEmpty();
        assertThat(client.findUserId("client-check-admin")).isEmpty();
    }

    @Test
    void theAdminClientReportsWrongCredentialsWithoutRepeatingThem() {
        KeycloakAdminClient client = KeycloakAdminClient.of(KeycloakAdminClient.Settings.masterAdmin(
                keycloak().baseUrl(), KeycloakServer.REALM, "admin", "wrong-secret-42"));

        assertThatThrownBy(() -> client.findOrganizationByAlias("zhangdian"))
                .isInstanceOfSatisfying(KeycloakAdminException.class, e -> {
                    // Keycloak answers a wrong password of the password grant with 400 invalid_grant
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Invalid user credentials").doesNotContain("wrong-secret-42");
                });
        KeycloakAdminClient nowhere = KeycloakAdminClient.of(KeycloakAdminClient.Settings.masterAdmin(
                "http://localhost:1", KeycloakServer.REALM, "admin", "admin"));
        assertThatThrownBy(() -> nowhere.organizations())
                .isInstanceOfSatisfying(KeycloakAdminException.class, e -> assertThat(e.status()).isZero());
    }

    @Test
    void theAdminClientWorksWithAServiceAccountOfTheAppsRealm() {
        // what production uses: a confidential client of the huiyin realm whose service account
        // holds realm-management's manage-users and manage-realm (client-credentials grant)
        String secret = "onboarding-secret-" + System.nanoTime();
        keycloakAdminWrite("POST", "clients", Json.createObjectBuilder().add("clientId", "huiyin-onboarding-it")
                .add("publicClient", false).add("serviceAccountsEnabled", true).add("standardFlowEnabled", false)
                .add("directAccessGrantsEnabled", false).add("secret", secret).build().toString(), 201);
        String clientId = keycloakAdmin("clients?clientId=huiyin-onboarding-it").asJsonArray().getJsonObject(0).getString("id");
        try {
            String serviceUser = keycloakAdmin("clients/" + clientId + "/service-account-user").asJsonObject().getString("id");
            String realmManagement = keycloakAdmin("clients?clientId=realm-management").asJsonArray().getJsonObject(0).getString("id");
            var roles = Json.createArrayBuilder();
            for (String role : List.of("manage-users", "manage-realm")) {
                roles.add(keycloakAdmin("clients/" + realmManagement + "/roles/" + role).asJsonObject());
            }
            keycloakAdminWrite("POST", "users/" + serviceUser + "/role-mappings/clients/" + realmManagement,
                    roles.build().toString(), 204);

            KeycloakAdminClient client = KeycloakAdminClient.of(new KeycloakAdminClient.Settings(keycloak().baseUrl(),
                    KeycloakServer.REALM, KeycloakServer.REALM, "huiyin-onboarding-it", null, null, secret));
            assertThat(client.settings().toString()).doesNotContain(secret);
            assertThat(client.findOrganizationByAlias("zichuan")).isPresent();
            String orgId = client.createOrganization("service-account-check", "服务账号检查局", null, null, Map.of());
            String userId = client.createUser(new KeycloakAdminClient.NewUser("service-account-check", "查", "检",
                    "service-account-check@example.cn"), "Sa-" + System.nanoTime());
            client.assignRealmRole(userId, "agency-admin");
            client.addOrganizationMember(orgId, userId);
            assertThat(client.deleteUser(userId)).isTrue();
            assertThat(client.deleteOrganization(orgId)).isTrue();

            KeycloakAdminClient wrongSecret = KeycloakAdminClient.of(new KeycloakAdminClient.Settings(keycloak().baseUrl(),
                    KeycloakServer.REALM, KeycloakServer.REALM, "huiyin-onboarding-it", null, null, "not-" + secret));
            assertThatThrownBy(wrongSecret::organizations).isInstanceOfSatisfying(KeycloakAdminException.class, e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.getMessage()).doesNotContain(secret);
            });
        } finally {
            keycloakAdminWrite("DELETE", "clients/" + clientId, null, 204);
        }
    }

    // ---- REST ----------------------------------------------------------------------------------

    @Test
    void aPlatformAdminOnboardsAnAgencyWhoseAdminSignsInAtOnce() throws Exception {
        HttpResponse<String> r = post(token("platform-admin"), agencyBody("zhangdian-civil", "张店区民政局",
                "Zhangdian Civil Affairs Bureau", "zhangdian", "civil-admin", "civil-admin@zhangdian.example"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + ORGS + "/zhangdian-civil"));
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        JsonObject created = json(r).asJsonObject();
        assertThat(created.getString("alias")).isEqualTo("zhangdian-civil");
        assertThat(created.getString("kind")).isEqualTo("agency");
        assertThat(created.getString("nameZh")).isEqualTo("张店区民政局");
        assertThat(created.getString("nameEn")).isEqualTo("Zhangdian Civil Affairs Bureau");
        assertThat(created.getString("districtAlias")).isEqualTo("zhangdian");
        assertThat(created.getJsonObject("admin").getString("username")).isEqualTo("civil-admin");
        String initialPassword = created.getJsonObject("admin").getString("initialPassword");
        assertThat(initialPassword).hasSizeGreaterThanOrEqualTo(16);

        // the new admin signs in at once: no restart, no second step
        String token = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "civil-admin", initialPassword);
        Map<String, Object> claims = DirectGrant.claims(token);
        assertThat(claim(claims, "organization")).containsExactly("zhangdian-civil");
        assertThat(claim(claims, "groups")).contains("agency-admin").doesNotContain("platform-admin");

        JsonObject me = json(get("api/v1/me", token)).asJsonObject();
        assertThat(me.getString("username")).isEqualTo("civil-admin");
        assertThat(me.getString("primaryRole")).isEqualTo("agency-admin");
        assertThat(me.getJsonObject("organization").getString("alias")).isEqualTo("zhangdian-civil");
        assertThat(me.getJsonObject("organization").getString("kind")).isEqualTo("agency");
        assertThat(me.getString("displayName")).isEqualTo("李小明");

        // the platform lists it, and the Location answers
        assertThat(organizationsListed()).anySatisfy(o -> {
            assertThat(o.getString("alias")).isEqualTo("zhangdian-civil");
            assertThat(o.getString("districtAlias")).isEqualTo("zhangdian");
            assertThat(o.getBoolean("active")).isTrue();
        });
        HttpResponse<String> one = HTTP.send(HttpRequest.newBuilder(URI.create(r.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "http://localhost:" + deployed.getPort())))
                .header("Authorization", "Bearer " + token("platform-admin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(json(one).asJsonObject().getString("nameZh")).isEqualTo("张店区民政局");

        // Keycloak holds the organization as the realm file would have it
        JsonObject org = keycloakOrganization("zhangdian-civil").orElseThrow();
        assertThat(org.getString("name")).isEqualTo("张店区民政局");
        assertThat(org.getJsonObject("attributes").getJsonArray("kind").getString(0)).isEqualTo("agency");
        assertThat(org.getJsonObject("attributes").getJsonArray("district").getString(0)).isEqualTo("zhangdian");
        assertThat(org.getJsonArray("domains").getJsonObject(0).getString("name")).isEqualTo("zhangdian-civil.huiyin.local");

        // the database: organization, membership and one audit line, none of them with the password
        assertThat(sql("select kind || '|' || district_alias || '|' || active from platform_organization where alias = ?",
                "zhangdian-civil")).containsExactly("agency|zhangdian|true");
        assertThat(sql("select username from platform_member where organization_alias = ? and active", "zhangdian-civil"))
                .containsExactly("civil-admin");
        List<String> audit = sql("select actor || '|' || tenant_id || '|' || after_summary from platform_audit_log "
                + "where action = 'organization.onboarded' and subject = ?", "organization:zhangdian-civil");
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst()).startsWith("platform-admin|zhangdian-civil|").contains("\"admin\":\"civil-admin\"");
        assertThat(sql("select count(*) from platform_audit_log where strpos(coalesce(after_summary, '') "
                + "|| coalesce(before_summary, '') || subject, ?) > 0", initialPassword)).containsExactly("0");
    }

    @Test
    void aDistrictIsOnboardedWithItsOversight() {
        HttpResponse<String> r = post(token("platform-admin"), body("district", "boshan", "博山区", "Boshan District", null,
                admin("bs-oversight", "赵", "刚", "bs-oversight@boshan.example")));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonObject created = json(r).asJsonObject();
        assertThat(created.getString("kind")).isEqualTo("district");
        assertThat(created.containsKey("districtAlias")).isFalse();
        String token = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "bs-oversight",
                created.getJsonObject("admin").getString("initialPassword"));
        assertThat(claim(DirectGrant.claims(token), "organization")).containsExactly("boshan");
        assertThat(claim(DirectGrant.claims(token), "groups")).contains("district-oversight");

        JsonObject me = json(get("api/v1/me", token)).asJsonObject();
        assertThat(me.getString("primaryRole")).isEqualTo("district-oversight");
        assertThat(me.getJsonObject("organization").getString("alias")).isEqualTo("boshan");
        assertThat(me.getJsonObject("organization").getString("kind")).isEqualTo("district");
        assertThat(keycloakOrganization("boshan").orElseThrow().getJsonObject("attributes").getJsonArray("kind").getString(0))
                .isEqualTo("district");

        // the new district takes agencies at once
        HttpResponse<String> agency = post(token("platform-admin"), agencyBody("boshan-edu", "博山区教育局", null, "boshan",
                "bs-edu-admin", "bs-edu-admin@boshan.example"));
        assertThat(agency.statusCode()).as(agency.body()).isEqualTo(201);
    }

    @Test
    void aHandlerMayNeitherListNorOnboard() {
        String handler = token("psb-handler");
        int orgsBefore = keycloakOrganizationCount();

        problem(get(ORGS, handler), 403, "forbidden");
        problem(post(handler, agencyBody("zhangdian-handler", "张店区某局", null, "zhangdian", "handler-made",
                "handler-made@example.cn")), 403, "forbidden");

        assertThat(keycloakOrganization("zhangdian-handler")).isEmpty();
        assertThat(keycloakUserExists("handler-made")).isFalse();
        assertThat(keycloakOrganizationCount()).isEqualTo(orgsBefore);
    }

    @Test
    void aTakenAliasIsAConflictAndKeycloakGainsNothing() {
        String admin = token("platform-admin");
        HttpResponse<String> first = post(admin, agencyBody("zhangdian-sport", "张店区体育局", null, "zhangdian",
                "sport-admin", "sport-admin@zhangdian.example"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        int orgsBefore = keycloakOrganizationCount();

        // the same alias again, with another name and admin; and a seeded one
        JsonObject again = problem(post(admin, agencyBody("zhangdian-sport", "张店区体育运动局", null, "zhangdian",
                "sport-admin-2", "sport-admin-2@zhangdian.example")), 409, "organization-exists");
        assertThat(again.getString("detail")).contains("zhangdian-sport");
        problem(post(admin, agencyBody("zhangdian-psb", "张店公安分局二", null, "zhangdian", "psb-admin-2",
                "psb-admin-2@zhangdian.example")), 409, "organization-exists");

        assertThat(keycloakOrganizationCount()).isEqualTo(orgsBefore);
        assertThat(keycloakUserExists("sport-admin-2")).isFalse();
        assertThat(keycloakUserExists("psb-admin-2")).isFalse();
        assertThat(keycloakOrganization("zhangdian-sport").orElseThrow().getString("name")).isEqualTo("张店区体育局");
    }

    @Test
    void aTakenUsernameIsAConflictAndTheNewKeycloakOrganizationIsRemovedAgain() throws Exception {
        int orgsBefore = keycloakOrganizationCount();

        // Keycloak creates the organization, then refuses the user: the organization must go again
        problem(post(token("platform-admin"), agencyBody("zhangdian-water", "张店区水利局", null, "zhangdian",
                "psb-handler", "water@zhangdian.example")), 409, "user-exists");
        problem(post(token("platform-admin"), agencyBody("zhangdian-water", "张店区水利局", null, "zhangdian",
                "water-admin", "psb-handler@psb.zhangdian.example")), 409, "email-exists");

        assertThat(keycloakOrganization("zhangdian-water")).isEmpty();
        assertThat(keycloakUserExists("water-admin")).isFalse();
        assertThat(keycloakOrganizationCount()).isEqualTo(orgsBefore);
        assertThat(sql("select alias from platform_organization where alias = ?", "zhangdian-water")).isEmpty();
        // psb-handler is untouched
        assertThat(DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-handler", PASSWORD)).isNotBlank();
    }

    @Test
    void anInvalidBodyIsA400WithFieldErrorsAndCreatesNothing() {
        String admin = token("platform-admin");
        int orgsBefore = keycloakOrganizationCount();

        JsonObject p = problem(post(admin, body("agency", "Bad Alias", "", null, "zhangdian",
                admin("bad-body-admin", "", "名", "not-an-email"))), 400, "validation");
        assertThat(fields(p)).contains("alias", "nameZh", "familyName", "email");
        assertThat(p.getJsonArray("errors").getValuesAs(JsonObject.class)).allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());

        // rules across fields, from the use case, in the same shape
        assertThat(fields(problem(post(admin, body("agency", "bad-body-agency", "张店区某局", null, null,
                admin("bad-body-admin", "李", "明", "bad-body@example.cn"))), 400, "validation"))).containsExactly("districtAlias");
        assertThat(fields(problem(post(admin, body("agency", "bad-body-agency", "Bureau", null, "zhangdian",
                admin("bad-body-admin", "李", "明", "bad-body@example.cn"))), 400, "validation"))).containsExactly("nameZh");
        problem(post(admin, body("agency", "bad-body-agency", "张店区某局", null, "nowhere",
                admin("bad-body-admin", "李", "明", "bad-body@example.cn"))), 400, "unknown-district");
        problem(post(admin, body("agency", "bad-body-agency", "张店区某局", null, "zhangdian-psb",
                admin("bad-body-admin", "李", "明", "bad-body@example.cn"))), 400, "unknown-district");
        problem(post(admin, "{\"kind\":\"agency\",\"alias\":\"bad-body-agency\",\"nameZh\":\"张店区某局\",\"districtAlias\":\"zhangdian\"}"),
                400, "validation");
        // no body at all: JSON binding fails before validation, still a 400 problem
        problem(post(admin, null), 400, null);

        assertThat(keycloakOrganizationCount()).isEqualTo(orgsBefore);
        assertThat(keycloakOrganization("bad-body-agency")).isEmpty();
        assertThat(keycloakUserExists("bad-body-admin")).isFalse();
    }

    // ---- the view --------------------------------------------------------------------------------

    @Test
    void aPlatformAdminOnboardsThroughTheViewAndSeesThePasswordOnce() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                signIn(browser, "platform-admin");
                browser.driver.get(base.resolve("admin/organizations").toString());
                awaitInGrid(browser, "张店公安分局");

                // wrong input: marked at the field, nothing created
                type(browser, "org-alias", "Bad Alias");
                browser.await(By.id("org-submit")).click();
                browser.awaitText(By.id("org-error"), "请更正");
                assertThat(browser.await(By.id("org-alias")).getAttribute("invalid")).isNotNull();
                assertThat(browser.await(By.id("org-name-zh")).getAttribute("invalid")).isNotNull();
                assertThat(keycloakOrganizationCount()).isPositive();

                chooseDistrict(browser, "张店区");
                type(browser, "org-alias", "zhangdian-culture");
                type(browser, "org-name-zh", "张店区文化和旅游局");
                type(browser, "org-name-en", "Zhangdian Culture and Tourism Bureau");
                type(browser, "org-admin-username", "culture-admin");
                type(browser, "org-admin-family-name", "周");
                type(browser, "org-admin-given-name", "敏");
                type(browser, "org-admin-email", "culture-admin@zhangdian.example");
                browser.await(By.id("org-submit")).click();

                WebElement password = browser.await(By.id("org-initial-password"));
                String initial = password.getText().strip();
                assertThat(initial).hasSize(20);
                assertThat(browser.await(By.id("org-done-username")).getText()).isEqualTo("culture-admin");
                browser.screenshot(Path.of("target/it/onboarding-dialog.png"));
                browser.await(By.id("org-done-close")).click();
                // closed means gone: the password is no longer anywhere in the page
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(d -> d.findElements(By.id("org-initial-password")).isEmpty());
                assertThat(browser.driver.getPageSource()).doesNotContain(initial);
                awaitInGrid(browser, "张店区文化和旅游局");

                String token = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "culture-admin", initial);
                assertThat(claim(DirectGrant.claims(token), "organization")).containsExactly("zhangdian-culture");
                assertThat(json(get("api/v1/me", token)).asJsonObject().getString("primaryRole")).isEqualTo("agency-admin");
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/onboarding-failure.png"));
                throw t;
            }
        }
    }

    @Test
    void aHandlerOpeningTheViewLandsOnTheHomePage() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                signIn(browser, "psb-handler");
                browser.driver.get(base.resolve("admin/organizations").toString());
                browser.await(By.id("home"));
                browser.awaitText(By.id("user-agency"), "张店公安分局");
                assertThat(browser.driver.findElements(By.id("org-grid"))).isEmpty();
                assertThat(browser.driver.findElements(By.id("org-submit"))).isEmpty();
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/onboarding-handler-failure.png"));
                throw t;
            }
        }
    }

    /** Sign-in always lands on the home page (the callback redirects there). */
    private void signIn(Browser browser, String username) {
        browser.driver.get(base.toString());
        browser.signInAtKeycloak(username, PASSWORD);
        browser.await(By.id("home"));
    }

    /** The grid's rows, scrolled into view or not (Selenium's visible text leaves out rows outside the viewport). */
    private static void awaitInGrid(Browser browser, String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(40)).until(d -> {
            String all = d.findElement(By.id("org-grid")).getDomProperty("textContent");
            return all != null && all.contains(text);
        });
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    private static void chooseDistrict(Browser browser, String name) {
        browser.await(By.id("org-district")).click();
        browser.await(By.xpath("//vaadin-select-item[contains(., '" + name + "')]")).click();
        browser.awaitText(By.id("org-district"), name);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static KeycloakServer keycloak() {
        return Stack.running().keycloak();
    }

    private static String token(String username) {
        return DirectGrant.token(keycloak().issuer(), "huiyin-cli", username, PASSWORD);
    }

    private HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
    }

    private HttpResponse<String> post(String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(ORGS)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonObject> organizationsListed() {
        HttpResponse<String> r = get(ORGS, token("platform-admin"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).asJsonArray().getValuesAs(JsonObject.class);
    }

    private static String agencyBody(String alias, String nameZh, String nameEn, String district, String username, String email) {
        return body("agency", alias, nameZh, nameEn, district, admin(username, "李", "小明", email));
    }

    private static JsonObject admin(String username, String familyName, String givenName, String email) {
        return Json.createObjectBuilder().add("username", username).add("familyName", familyName)
                .add("givenName", givenName).add("email", email).build();
    }

    private static String body(String kind, String alias, String nameZh, String nameEn, String district, JsonObject admin) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("kind", kind).add("alias", alias).add("nameZh", nameZh);
        if (nameEn != null) {
            b.add("nameEn", nameEn);
        }
        if (district != null) {
            b.add("districtAlias", district);
        }
        return b.add("admin", admin).build().toString();
    }

    private static JsonStructure json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).read();
    }

    private static JsonObject problem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject p = json(r).asJsonObject();
        assertThat(p.getString("type")).startsWith("urn:huiyin:problem:").endsWith(code == null ? "" : ":" + code);
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("requestId")).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "eyJ");
        return p;
    }





    private static JsonArray keycloakOrganizations() {
        return keycloakAdmin("organizations?first=0&max=10000&briefRepresentation=true").asJsonArray();
    }

    private static int keycloakOrganizationCount() {
        return keycloakOrganizations().size();
    }

    private static Optional<JsonObject> keycloakOrganization(String alias) {
        return keycloakOrganizations().getValuesAs(JsonObject.class).stream()
                .filter(o -> alias.equals(o.getString("alias", null))).findFirst()
                .map(o -> keycloakAdmin("organizations/" + o.getString("id")).asJsonObject());
    }

    private static boolean keycloakUserExists(String username) {
        return keycloakAdmin("users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(u -> username.equals(u.getString("username")));
    }

    private static List<String> sql(String query, String parameter) {
        try (Connection c = Stack.running().db().superuserConnection(EmbeddedDatabase.HUIYIN_DB);
             PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
