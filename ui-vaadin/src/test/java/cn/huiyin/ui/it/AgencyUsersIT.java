package cn.huiyin.ui.it;

import cn.huiyin.devstack.DirectGrant;
import cn.huiyin.devstack.EmbeddedDatabase;
import cn.huiyin.devstack.KeycloakServer;
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
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.huiyin.ui.it.KeycloakAdminProbe.claim;
import static cn.huiyin.ui.it.KeycloakAdminProbe.fields;
import static cn.huiyin.ui.it.KeycloakAdminProbe.keycloakAdmin;
import static cn.huiyin.ui.it.KeycloakAdminProbe.keycloakAdminWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An agency admin manages the units (科室) and users of their own agency, against the real
 * Keycloak, PostgreSQL and WAR: invite → the user signs in at once; role change → the next token
 * says so; deactivation → no new token and the old one acts for no agency. Other agencies see
 * and change nothing of it. Keycloak's state is checked through its admin API directly.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
class AgencyUsersIT {

    static final String PASSWORD = "huiyin123";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String UNITS = "api/v1/agency/units";
    static final String USERS = "api/v1/agency/users";

    /** What this class creates; removed afterwards so other classes see the demo data only (the audit log stays). */
    static final List<String> CREATED_USERS = List.of("psb-it-handler", "psb-it-browser", "psb-it-bad", "psb-it-nounit");
    static final List<String> CREATED_UNITS = List.of("专项工作组", "网安大队", "网络安全大队", "浏览器测试科");

    @ArquillianResource
    URL deployed;

    URI base;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huiyin.war")));
    }

    @AfterAll
    static void removeWhatWasCreated() throws SQLException {
        EmbeddedDatabase db = Stack.running().db();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB),
                EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("delete from platform_member where username = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", CREATED_USERS.toArray()));
                ps.executeUpdate();
            }
            // row-level security binds the owner too: one tenant at a time
            for (String tenant : List.of("zhangdian-psb", "zhangdian-edu")) {
                try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    set.setString(1, tenant);
                    set.execute();
                }
                try (PreparedStatement ps = c.prepareStatement("delete from platform_unit where name_zh = any(?)")) {
                    ps.setArray(1, c.createArrayOf("varchar", CREATED_UNITS.toArray()));
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
        for (String username : CREATED_USERS) {
            keycloakAdmin("users?exact=true&username=" + username).asJsonArray().getValuesAs(JsonObject.class)
                    .forEach(u -> keycloakAdminWrite("DELETE", "users/" + u.getString("id"), null, 204));
        }
    }

    @BeforeEach
    void onLoopback() {
        base = Api.base(deployed);
    }

    // ---- units -----------------------------------------------------------------------------------

    @Test
    void anAgencyAdminManagesTheAgencysOwnUnitsOnly() {
        List<String> names = names(okArray(call("GET", UNITS, token("psb-admin"), null)));
        assertThat(names).contains("法制大队", "治安大队", "交警大队", "指挥中心").doesNotContain("基础教育科", "安全稳定科");

        HttpResponse<String> created = call("POST", UNITS, token("psb-admin"), "{\"nameZh\":\"网安大队\",\"nameEn\":\"Cyber Brigade\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject unit = json(created).asJsonObject();
        long id = unit.getJsonNumber("id").longValue();
        long version = unit.getJsonNumber("version").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + UNITS + "/" + id));
        assertThat(names(okArray(call("GET", UNITS, token("psb-admin"), null)))).contains("网安大队");
        problem(call("POST", UNITS, token("psb-admin"), "{\"nameZh\":\"网安大队\"}"), 409, "unit-name-exists");

        // another agency neither sees nor changes it
        assertThat(names(okArray(call("GET", UNITS, token("edu-admin"), null)))).contains("基础教育科").doesNotContain("网安大队", "法制大队");
        problem(call("PUT", UNITS + "/" + id, token("edu-admin"), unitChange("被改名", true, version)), 404, "not-found");

        // rename with the version read, then the same version again is stale
        JsonObject renamed = ok(call("PUT", UNITS + "/" + id, token("psb-admin"), unitChange("网络安全大队", true, version)));
        assertThat(renamed.getString("nameZh")).isEqualTo("网络安全大队");
        assertThat(renamed.getJsonNumber("version").longValue()).isGreaterThan(version);
        problem(call("PUT", UNITS + "/" + id, token("psb-admin"), unitChange("网安大队", false, version)), 409, "stale-version");
        JsonObject deactivated = ok(call("PUT", UNITS + "/" + id, token("psb-admin"),
                unitChange("网络安全大队", false, renamed.getJsonNumber("version").longValue())));
        assertThat(deactivated.getBoolean("active")).isFalse();

        // the database agrees: the edu tenant has no row of it, audit lines name the agency
        assertThat(sql("select name_zh from platform_unit where id = ? ", String.valueOf(id), "zhangdian-edu")).isEmpty();
        assertThat(sql("select action from platform_audit_log where subject = ? and tenant_id = 'zhangdian-psb'", "unit:" + id, null))
                .contains("agency.unit.created", "agency.unit.updated");
    }

    @Test
    void invalidUnitsAre400WithFieldErrors() {
        JsonObject p = problem(call("POST", UNITS, token("psb-admin"), "{\"nameZh\":\" \",\"nameEn\":\"" + "x".repeat(201) + "\"}"),
                400, "validation");
        assertThat(fields(p)).contains("nameZh", "nameEn");
        assertThat(fields(problem(call("POST", UNITS, token("psb-admin"), "{\"nameZh\":\"Cyber\"}"), 400, "validation")))
                .containsExactly("nameZh");
        assertThat(fields(problem(call("PUT", UNITS + "/1", token("psb-admin"), "{\"nameZh\":\"法制大队\"}"), 400, "validation")))
                .contains("active", "version");
        assertThat(names(okArray(call("GET", UNITS, token("psb-admin"), null)))).doesNotContain("Cyber", " ");
    }

    // ---- users -----------------------------------------------------------------------------------

    @Test
    void anInvitedHandlerSignsInAtOnceChangesRoleAndLosesAccessWhenDeactivated() throws Exception {
        long unitId = json(call("POST", UNITS, token("psb-admin"), "{\"nameZh\":\"专项工作组\"}")).asJsonObject()
                .getJsonNumber("id").longValue();

        HttpResponse<String> r = call("POST", USERS, token("psb-admin"),
                invite("psb-it-handler", "王", "芳", "psb-it-handler@psb.zhangdian.example", "handler", unitId));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + USERS + "/psb-it-handler"));
        JsonObject created = json(r).asJsonObject();
        String password = created.getString("initialPassword");
        assertThat(password).hasSize(20);
        JsonObject member = created.getJsonObject("member");
        assertThat(member.getString("role")).isEqualTo("handler");
        assertThat(member.getString("name")).isEqualTo("王芳");
        assertThat(member.getJsonObject("unit").getString("nameZh")).isEqualTo("专项工作组");

        // signs in at once, acts for 张店公安分局
        String first = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-it-handler", password);
        assertThat(claim(DirectGrant.claims(first), "organization")).containsExactly("zhangdian-psb");
        JsonObject me = ok(get("api/v1/me", first));
        assertThat(me.getJsonObject("organization").getString("nameZh")).isEqualTo("张店公安分局");
        assertThat(me.getString("primaryRole")).isEqualTo("handler");
        assertThat(get("api/v1/proposals/items", first).statusCode()).isEqualTo(200);

        // listed with Keycloak's data and the platform's unit
        JsonObject listed = member(okArray(call("GET", USERS, token("psb-admin"), null)), "psb-it-handler");
        assertThat(listed.getString("email")).isEqualTo("psb-it-handler@psb.zhangdian.example");
        assertThat(listed.getBoolean("enabled")).isTrue();
        assertThat(listed.getBoolean("active")).isTrue();
        assertThat(listed.getJsonObject("unit").getJsonNumber("id").longValue()).isEqualTo(unitId);
        assertThat(member(okArray(call("GET", USERS, token("psb-admin"), null)), "psb-handler").getString("role")).isEqualTo("handler");

        // role change: the next token carries leader, not handler
        JsonObject leader = ok(call("PUT", USERS + "/psb-it-handler/role", token("psb-admin"), "{\"role\":\"leader\"}"));
        assertThat(leader.getString("role")).isEqualTo("leader");
        List<String> groups = claim(DirectGrant.claims(DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-it-handler", password)),
                "groups");
        assertThat(groups).contains("leader").doesNotContain("handler");
        assertThat(keycloakRealmRoles("psb-it-handler")).contains("leader").doesNotContain("handler");

        // unit: none, then back
        JsonObject noUnit = ok(call("PUT", USERS + "/psb-it-handler/unit", token("psb-admin"), "{\"unitId\":null}"));
        assertThat(noUnit.get("unit")).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(ok(call("PUT", USERS + "/psb-it-handler/unit", token("psb-admin"), "{\"unitId\":" + unitId + "}"))
                .getJsonObject("unit").getString("nameZh")).isEqualTo("专项工作组");

        // deactivation: no new token, and the still-valid old one acts for no agency
        JsonObject off = ok(call("POST", USERS + "/psb-it-handler/deactivate", token("psb-admin"), null));
        assertThat(off.getBoolean("enabled")).isFalse();
        assertThat(off.getBoolean("active")).isFalse();
        assertThatThrownBy(() -> DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-it-handler", password))
                .isInstanceOf(DirectGrant.GrantFailedException.class);
        assertThat(keycloakUser("psb-it-handler").getBoolean("enabled")).isFalse();
        problem(get("api/v1/proposals/items", first), 403, "no-tenant");
        assertThat(sql("select active::text from platform_member where username = ?", "psb-it-handler", null)).containsExactly("false");

        // reactivation gives the account back
        assertThat(ok(call("POST", USERS + "/psb-it-handler/reactivate", token("psb-admin"), null)).getBoolean("active")).isTrue();
        String again = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-it-handler", password);
        assertThat(get("api/v1/proposals/items", again).statusCode()).isEqualTo(200);

        assertThat(sql("select action from platform_audit_log where subject = ? and tenant_id = 'zhangdian-psb' order by id",
                "user:psb-it-handler", null)).containsExactly("agency.user.invited", "agency.user.role-changed",
                "agency.user.unit-assigned", "agency.user.unit-assigned", "agency.user.deactivated", "agency.user.reactivated");
        assertThat(sql("select after_summary from platform_audit_log where subject = ?", "user:psb-it-handler", null))
                .noneMatch(s -> s != null && s.contains(password));
    }

    @Test
    void anotherAgencysAdminNeitherSeesNorChangesPsbUsers() {
        String edu = token("edu-admin");
        List<String> usernames = okArray(call("GET", USERS, edu, null)).getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).toList();
        assertThat(usernames).contains("edu-admin", "edu-handler").doesNotContain("psb-handler", "psb-admin");

        problem(call("GET", USERS + "/psb-handler", edu, null), 404, "not-found");
        problem(call("PUT", USERS + "/psb-handler/role", edu, "{\"role\":\"leader\"}"), 404, "not-found");
        problem(call("PUT", USERS + "/psb-handler/unit", edu, "{\"unitId\":null}"), 404, "not-found");
        problem(call("POST", USERS + "/psb-handler/deactivate", edu, null), 404, "not-found");
        // a psb unit for an edu user: not found either
        long psbUnit = okArray(call("GET", UNITS, token("psb-admin"), null)).getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("nameZh").equals("法制大队")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        problem(call("PUT", USERS + "/edu-handler/unit", edu, "{\"unitId\":" + psbUnit + "}"), 404, "not-found");

        assertThat(keycloakRealmRoles("psb-handler")).contains("handler").doesNotContain("leader");
        assertThat(keycloakUser("psb-handler").getBoolean("enabled")).isTrue();
        assertThat(DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-handler", PASSWORD)).isNotBlank();
    }

    @Test
    void aHandlerMayNotManageTheAgency() {
        String handler = token("psb-handler");
        assertThat(call("GET", USERS, handler, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", UNITS, handler, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", USERS + "/psb-leader/deactivate", handler, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", UNITS, handler, "{\"nameZh\":\"越权科\"}").statusCode()).isEqualTo(403);
        assertThat(call("GET", USERS, null, null).statusCode()).isEqualTo(401);
        assertThat(names(okArray(call("GET", UNITS, token("psb-admin"), null)))).doesNotContain("越权科");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        String admin = token("psb-admin");
        assertThat(problem(call("POST", USERS + "/psb-admin/deactivate", admin, null), 409, "own-account").getString("detail"))
                .contains("own account");
        assertThat(problem(call("PUT", USERS + "/psb-admin/role", admin, "{\"role\":\"leader\"}"), 409, "own-account")
                .getString("detail")).contains("agency-admin");
        assertThat(keycloakRealmRoles("psb-admin")).contains("agency-admin").doesNotContain("leader");
        assertThat(keycloakUser("psb-admin").getBoolean("enabled")).isTrue();
        assertThat(ok(call("PUT", USERS + "/psb-admin/role", admin, "{\"role\":\"agency-admin\"}")).getString("role"))
                .isEqualTo("agency-admin");
    }

    @Test
    void invalidInvitationsAre400WithFieldErrorsAndCreateNothing() {
        String admin = token("psb-admin");
        JsonObject p = problem(call("POST", USERS, admin, invite("Psb It Bad", "", "明", "not-an-email", "platform-admin", null)),
                400, "validation");
        assertThat(fields(p)).contains("username", "familyName", "email", "role");
        assertThat(p.getJsonArray("errors").getValuesAs(JsonObject.class)).allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());
        // no body at all: JSON binding or validation refuses it, still a 400 problem
        HttpResponse<String> empty = call("POST", USERS, admin, null);
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        // an unknown (or another agency's) unit: nothing created in Keycloak either
        long eduUnit = okArray(call("GET", UNITS, token("edu-admin"), null)).getValuesAs(JsonObject.class).getFirst()
                .getJsonNumber("id").longValue();
        problem(call("POST", USERS, admin, invite("psb-it-bad", "李", "明", "psb-it-bad@psb.example", "handler", eduUnit)), 404, "not-found");
        // a taken username or e-mail: 409, nothing left behind
        problem(call("POST", USERS, admin, invite("edu-handler", "李", "明", "psb-it-bad@psb.example", "handler", null)), 409, "user-exists");
        problem(call("POST", USERS, admin, invite("psb-it-nounit", "李", "明", "psb-handler@psb.zhangdian.example", "handler", null)),
                409, "email-exists");

        assertThat(keycloakUserExists("psb-it-bad")).isFalse();
        assertThat(keycloakUserExists("Psb It Bad")).isFalse();
        assertThat(keycloakUserExists("psb-it-nounit")).isFalse();
        assertThat(sql("select username from platform_member where username like ?", "psb-it-%", null))
                .doesNotContain("psb-it-bad", "psb-it-nounit");
    }

    @Test
    void everyAgencyEndpointDeclaresThePermissionInOpenApi() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/openapi")).header("Accept", "application/json").GET());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject paths = json(r).asJsonObject().getJsonObject("paths");
        Map<String, List<String>> expected = Map.of(
                "/api/v1/agency/units", List.of("get", "post"),
                "/api/v1/agency/units/{id}", List.of("put"),
                "/api/v1/agency/users", List.of("get", "post"),
                "/api/v1/agency/users/{username}/role", List.of("put"),
                "/api/v1/agency/users/{username}/unit", List.of("put"),
                "/api/v1/agency/users/{username}/deactivate", List.of("post"),
                "/api/v1/agency/users/{username}/reactivate", List.of("post"));
        expected.forEach((path, verbs) -> {
            assertThat(paths.containsKey(path)).as(path + " in " + paths.keySet()).isTrue();
            verbs.forEach(verb -> assertThat(paths.getJsonObject(path).getJsonObject(verb).getString("x-huiyin-permission"))
                    .as(verb + " " + path).isEqualTo("platform.agency-users.manage"));
        });
    }

    // ---- the view --------------------------------------------------------------------------------

    @Test
    void anAgencyAdminInvitesThroughTheViewAndSeesThePasswordOnce() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-admin", PASSWORD);
                browser.await(By.id("home"));
                assertThat(browser.await(By.id("module-nav")).getDomProperty("textContent")).contains("科室与用户");
                browser.driver.get(base.resolve("admin/agency").toString());
                awaitIn(browser, "unit-grid", "法制大队");
                awaitIn(browser, "user-grid", "psb-handler");
                assertThat(browser.driver.findElement(By.id("unit-grid")).getDomProperty("textContent")).doesNotContain("基础教育科");

                type(browser, "unit-name-zh", "浏览器测试科");
                click(browser, "unit-add");
                awaitIn(browser, "unit-grid", "浏览器测试科");

                // wrong input first: marked, nothing created
                type(browser, "invite-username", "Bad Name");
                click(browser, "invite-submit");
                browser.awaitText(By.id("agency-error"), "请更正");
                assertThat(browser.await(By.id("invite-username")).getAttribute("invalid")).isNotNull();

                type(browser, "invite-username", "psb-it-browser");
                type(browser, "invite-family-name", "赵");
                type(browser, "invite-given-name", "静");
                type(browser, "invite-email", "psb-it-browser@psb.zhangdian.example");
                click(browser, "invite-submit");

                WebElement password = browser.await(By.id("invite-initial-password"));
                String initial = password.getText().strip();
                assertThat(initial).hasSize(20);
                assertThat(browser.await(By.id("invite-done-username")).getText()).isEqualTo("psb-it-browser");
                browser.screenshot(Path.of("target/it/agency-users-dialog.png"));
                browser.await(By.id("invite-done-close")).click();
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(d -> d.findElements(By.id("invite-initial-password")).isEmpty());
                assertThat(browser.driver.getPageSource()).doesNotContain(initial);
                awaitIn(browser, "user-grid", "psb-it-browser");

                String t = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-it-browser", initial);
                assertThat(claim(DirectGrant.claims(t), "groups")).contains("handler");
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/agency-users-failure.png"));
                throw t;
            }
        }
    }

    @Test
    void aHandlerOpeningTheViewLandsOnTheHomePage() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-handler", PASSWORD);
                browser.await(By.id("home"));
                assertThat(browser.await(By.id("module-nav")).getDomProperty("textContent")).doesNotContain("科室与用户");
                browser.driver.get(base.resolve("admin/agency").toString());
                browser.await(By.id("home"));
                assertThat(browser.driver.findElements(By.id("user-grid"))).isEmpty();
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/agency-users-handler-failure.png"));
                throw t;
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void awaitIn(Browser browser, String id, String text) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(40)).until(d -> {
            String all = d.findElement(By.id(id)).getDomProperty("textContent");
            return all != null && all.contains(text);
        });
    }

    /** Scrolled into view and clicked by script: a notification in the middle of the page must not intercept it. */
    private static void click(Browser browser, String id) {
        WebElement button = browser.await(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        // leave the field so its value reaches the server before a scripted click
        input.sendKeys(Keys.TAB);
    }

    private static KeycloakServer keycloak() {
        return Stack.running().keycloak();
    }

    /** A fresh token each time: role changes and deactivation must show in the next one. */
    private static String token(String username) {
        return DirectGrant.token(keycloak().issuer(), "huiyin-cli", username, PASSWORD);
    }

    private HttpResponse<String> get(String path, String token) {
        return call("GET", path, token, null);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (!"GET".equals(method)) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String invite(String username, String familyName, String givenName, String email, String role, Long unitId) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("username", username).add("familyName", familyName)
                .add("givenName", givenName).add("email", email).add("role", role);
        if (unitId != null) {
            b.add("unitId", unitId);
        }
        return b.build().toString();
    }

    private static String unitChange(String nameZh, boolean active, long version) {
        return Json.createObjectBuilder().add("nameZh", nameZh).add("active", active).add("version", version).build().toString();
    }

    private static List<String> names(JsonArray units) {
        return units.getValuesAs(JsonObject.class).stream().map(u -> u.getString("nameZh")).toList();
    }

    private static JsonObject member(JsonArray users, String username) {
        return users.getValuesAs(JsonObject.class).stream().filter(u -> username.equals(u.getString("username")))
                .findFirst().orElseThrow(() -> new AssertionError(username + " not listed: " + users));
    }

    private static JsonStructure json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).read();
    }

    private static JsonObject ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return json(r).asJsonObject();
    }

    private static JsonArray okArray(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return json(r).asJsonArray();
    }

    private static JsonObject problem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject p = json(r).asJsonObject();
        assertThat(p.getString("type")).isEqualTo("urn:huiyin:problem:" + code);
        assertThat(p.getString("requestId")).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "eyJ");
        return p;
    }





    private static boolean keycloakUserExists(String username) {
        return keycloakAdmin("users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(u -> username.equalsIgnoreCase(u.getString("username")));
    }

    private static JsonObject keycloakUser(String username) {
        return keycloakAdmin("users?exact=true&briefRepresentation=false&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .asJsonArray().getValuesAs(JsonObject.class).stream().filter(u -> username.equals(u.getString("username")))
                .findFirst().orElseThrow(() -> new AssertionError("no Keycloak user " + username));
    }

    private static List<String> keycloakRealmRoles(String username) {
        return keycloakAdmin("users/" + keycloakUser(username).getString("id") + "/role-mappings/realm").asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).toList();
    }

    /** One column of a query with one string parameter, as the owner role under the given tenant (RLS binds the owner too). */
    private static List<String> sql(String query, String parameter, String tenant) {
        EmbeddedDatabase db = Stack.running().db();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB),
                EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.OWNER_PASSWORD)) {
            c.setAutoCommit(false);
            if (tenant != null) {
                try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    set.setString(1, tenant);
                    set.execute();
                }
            }
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(query)) {
                if (query.contains("id = ? ")) {
                    ps.setLong(1, Long.parseLong(parameter));
                } else {
                    ps.setString(1, parameter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
