package cn.huiyin.ui.it;

import cn.huiyin.devstack.EmbeddedDatabase;
import cn.huiyin.ui.it.notices.NoticesModule;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static cn.huiyin.ui.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform core across two districts × two agencies with users of every role: tenant
 * isolation (application filter and row-level security), district oversight, permissions,
 * modules switched per agency (with a fourth module that exists only here), and the audit log.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    static final String PSB = "zhangdian-psb";

    @ArquillianResource
    URL deployed;

    URI base;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huiyin.war")))
                .addPackage(NoticesModule.class.getPackage())
                .addAsResource("db/notices/V1__notices.sql");
    }

    @BeforeEach
    void onLoopback() {
        base = Api.base(deployed);
    }

    private JsonObject items(String user) {
        return ok(call(base, "GET", "api/v1/proposals/items?size=100", user, null));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static long total(JsonObject counts) {
        return counts.values().stream().mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum();
    }

    private static List<String> strings(jakarta.json.JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    // ---- isolation ----------------------------------------------------------------------------

    @Test
    @Order(1)
    void anAgencySeesOnlyItsOwnItems() {
        JsonObject psb = items("psb-handler");
        JsonObject edu = items("edu-handler");

        assertThat(psb.getJsonNumber("total").longValue()).isEqualTo(stored(PSB)).isGreaterThan(4);
        assertThat(edu.getJsonNumber("total").longValue()).isEqualTo(stored("zhangdian-edu")).isGreaterThan(2);
        assertThat(ids(psb)).doesNotContainAnyElementsOf(ids(edu));
        assertThat(ids(items("zcpsb-handler"))).hasSize((int) stored("zichuan-psb")).doesNotContainAnyElementsOf(ids(psb));
    }

    @Test
    @Order(2)
    void anotherAgencysItemIsNotFoundNeverForbidden() {
        long eduItem = ids(items("edu-handler")).getFirst();

        problem(call(base, "GET", "api/v1/proposals/items/" + eduItem, "psb-handler", null), 404, "not-found");
        problem(call(base, "GET", "api/v1/proposals/items/" + eduItem, "zcpsb-leader", null), 404, "not-found");
        assertThat(ok(call(base, "GET", "api/v1/proposals/items/" + eduItem, "edu-handler", null))
                .getJsonNumber("id").longValue()).isEqualTo(eduItem);
    }

    @Test
    @Order(3)
    void sqlWithoutAnyTenantConditionCountsOnlyTheCallersRows() {
        // stats/by-state is a native "select state, count(*) … group by state": row-level security alone filters it
        assertThat(total(ok(call(base, "GET", "api/v1/proposals/items/stats/by-state", "psb-handler", null)))).isEqualTo(stored(PSB));
        assertThat(total(ok(call(base, "GET", "api/v1/proposals/items/stats/by-state", "edu-leader", null)))).isEqualTo(stored("zhangdian-edu"));
    }

    @Test
    @Order(4)
    void aBulkUpdateCannotTouchAnotherAgencysRows() {
        long psbItem = ids(items("psb-leader")).getFirst();
        long eduItem = ids(items("edu-handler")).getLast();
        boolean eduKeyBefore = ok(call(base, "GET", "api/v1/proposals/items/" + eduItem, "edu-handler", null)).getBoolean("keyItem");

        JsonObject result = ok(call(base, "POST", "api/v1/proposals/items/key-flags", "psb-leader",
                "{\"ids\": [" + psbItem + ", " + eduItem + "], \"key\": " + !eduKeyBefore + "}"));

        assertThat(result.getInt("updated")).isEqualTo(1);
        assertThat(ok(call(base, "GET", "api/v1/proposals/items/" + eduItem, "edu-handler", null)).getBoolean("keyItem"))
                .isEqualTo(eduKeyBefore);
    }

    @Test
    @Order(5)
    void theDatabaseItselfHidesRowsWithoutATenantAndRefusesForeignInserts() throws SQLException {
        try (Connection app = appConnection(); Statement s = app.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from proposal_item")) {
                rs.next();
                assertThat(rs.getLong(1)).as("no tenant set: no rows").isZero();
            }
            app.setAutoCommit(false);
            s.execute("select set_config('app.tenant_id', 'zhangdian-psb', true)");
            assertThat(s.executeUpdate("update proposal_item set title = title where tenant_id = 'zhangdian-edu'")).isZero();
            assertThat(s.executeUpdate("delete from proposal_item where tenant_id <> 'zhangdian-psb'")).isZero();
            assertThatThrownBy(() -> s.executeUpdate("insert into proposal_item (tenant_id, kind, session, number, title, body, "
                    + "proposer, category, state, assigned_on) values ('zhangdian-edu', 'proposal', 's', 'n', 't', 'b', 'p', 'c', "
                    + "'assigned', current_date)")).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    @Order(6)
    void aTokenOrganizationWithoutAnActivePlatformMembershipActsForNoAgency() throws SQLException {
        try {
            owner("update platform_member set active = false where username = 'psb-supervisor'");
            problem(call(base, "GET", "api/v1/proposals/items", "psb-supervisor", null), 403, "no-tenant");
        } finally {
            owner("update platform_member set active = true where username = 'psb-supervisor'");
        }
        assertThat(items("psb-supervisor").getJsonNumber("total").longValue()).isEqualTo(stored(PSB));
    }

    static final List<String> EVERY_USER = List.of("platform-admin", "zd-oversight", "zc-oversight",
            "psb-admin", "psb-leader", "psb-supervisor", "psb-handler", "edu-admin", "edu-leader", "edu-supervisor", "edu-handler",
            "zcpsb-admin", "zcpsb-leader", "zcpsb-supervisor", "zcpsb-handler", "zcedu-admin", "zcedu-leader", "zcedu-supervisor",
            "zcedu-handler", "deputy-li", "member-zhang");

    @Test
    @Order(7)
    void noUserLearnsAnythingOfAnotherAgencysItems() {
        var own = new java.util.HashMap<String, List<Long>>();
        for (String agencyUser : List.of("psb-handler", "edu-handler", "zcpsb-handler", "zcedu-handler")) {
            own.put(agencyUser, ids(items(agencyUser)));
        }
        List<Long> every = own.values().stream().flatMap(List::stream).toList();
        for (String user : EVERY_USER) {
            var list = call(base, "GET", "api/v1/proposals/items?size=100", user, null);
            List<Long> visible = list.statusCode() == 200 ? ids(Api.json(list).asJsonObject()) : List.of();
            // whatever a user may list, they may read; the rest answers exactly like an id that does not exist
            var nonexistent = call(base, "GET", "api/v1/proposals/items/999999", user, null);
            for (long id : every) {
                var r = call(base, "GET", "api/v1/proposals/items/" + id, user, null);
                if (visible.contains(id)) {
                    assertThat(r.statusCode()).as(user + " reads own item " + id).isEqualTo(200);
                } else {
                    assertThat(r.statusCode()).as(user + " → foreign item " + id).isEqualTo(nonexistent.statusCode()).isIn(403, 404);
                    assertThat(Api.json(r).asJsonObject().getString("type"))
                            .isEqualTo(Api.json(nonexistent).asJsonObject().getString("type"));
                }
            }
            assertThat(own.values()).as(user + " lists one agency's items at most")
                    .anySatisfy(agencyItems -> assertThat(agencyItems).containsAll(visible));
        }
    }

    // ---- roles and permissions --------------------------------------------------------------------

    @Test
    @Order(10)
    void rolesOnlyDoWhatTheirPermissionsAllow() {
        problem(call(base, "POST", "api/v1/proposals/items/key-flags", "psb-handler", "{\"ids\": [1], \"key\": true}"), 403, "forbidden");
        problem(call(base, "GET", "api/v1/proposals/items", "deputy-li", null), 403, "forbidden");
        problem(call(base, "GET", "api/v1/proposals/items", "platform-admin", null), 403, "forbidden");
        problem(call(base, "GET", "api/v1/admin/tenants/" + PSB + "/modules", "psb-admin", null), 403, "forbidden");
        problem(call(base, "GET", "api/v1/proposals/oversight/summary", "psb-leader", null), 403, "forbidden");
    }

    @Test
    @Order(11)
    void badInputIsAProblemWithFieldErrorsAndChangesNothing() {
        JsonObject p = problem(call(base, "GET", "api/v1/proposals/items?size=1000", "psb-handler", null), 400, "validation");
        assertThat(p.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field")).contains("size");
        problem(call(base, "POST", "api/v1/proposals/items/key-flags", "psb-leader", "{\"ids\": [], \"key\": true}"), 400, "validation");
        problem(call(base, "PUT", "api/v1/admin/tenants/" + PSB + "/modules/reports", "platform-admin", "{}"), 400, "validation");
    }

    @Test
    @Order(12)
    void theOpenApiDocumentListsThePermissionOfEveryEndpoint() throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base.resolve("/openapi"))
                .header("Accept", "application/json").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject paths = Api.json(r).asJsonObject().getJsonObject("paths");
        JsonObject item = paths.entrySet().stream().filter(e -> e.getKey().endsWith("/proposals/items/{id}"))
                .map(e -> e.getValue().asJsonObject()).findFirst().orElseThrow(() -> new AssertionError(paths.keySet()));
        assertThat(item.getJsonObject("get").getString(PERMISSION)).isEqualTo("proposals.read");
        // every operation carries its permission; "(none)" would mean an endpoint that declares none
        paths.forEach((path, ops) -> ops.asJsonObject().forEach((verb, op) -> {
            if (List.of("get", "put", "post", "delete", "patch").contains(verb)) {
                assertThat(op.asJsonObject().getString(PERMISSION, "missing")).as(verb + " " + path).isNotIn("missing", "(none)");
            }
        }));
    }

    static final String PERMISSION = "x-huiyin-permission";

    @Test
    @Order(13)
    void everyAnswerNamesItsRequestId() {
        var r = call(base, "GET", "api/v1/me", "psb-handler", null);
        assertThat(r.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(30));
    }

    // ---- district oversight -------------------------------------------------------------------------

    @Test
    @Order(20)
    void oversightSeesItsOwnDistrictsAgenciesOnly() {
        var zhangdian = okArray(call(base, "GET", "api/v1/proposals/oversight/summary", "zd-oversight", null))
                .getValuesAs(JsonObject.class);
        var zichuan = okArray(call(base, "GET", "api/v1/proposals/oversight/summary", "zc-oversight", null))
                .getValuesAs(JsonObject.class);

        assertThat(zhangdian).extracting(a -> a.getString("alias")).containsExactly("zhangdian-edu", "zhangdian-psb");
        assertThat(zichuan).extracting(a -> a.getString("alias")).containsExactly("zichuan-edu", "zichuan-psb");
        assertThat(zhangdian).filteredOn(a -> a.getString("alias").equals(PSB))
                .singleElement().satisfies(a -> assertThat(total(a.getJsonObject("byState"))).isEqualTo(stored(PSB)));
        // district users touch no agency's items directly
        problem(call(base, "GET", "api/v1/proposals/items", "zd-oversight", null), 403, "forbidden");
    }

    // ---- modules per tenant ---------------------------------------------------------------------

    private void setModule(String tenant, String module, boolean enabled) {
        ok(call(base, "PUT", "api/v1/admin/tenants/" + tenant + "/modules/" + module, "platform-admin",
                "{\"enabled\": " + enabled + "}"));
    }

    @Test
    @Order(30)
    void aFourthModuleJoinsWithoutPlatformChanges() {
        JsonObject me = ok(call(base, "GET", "api/v1/me", "psb-handler", null));
        assertThat(strings(me.getJsonArray("modules"))).containsExactlyInAnyOrder("proposals", "visits", "reports", "notices");
        assertThat(strings(me.getJsonArray("metrics"))).contains("notice_count", "reply_rate");
        assertThat(okArray(call(base, "GET", "api/v1/notices", "psb-handler", null)).getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("分局通知一", "分局通知二");
        assertThat(okArray(call(base, "GET", "api/v1/notices", "edu-handler", null))).hasSize(1);
    }

    @Test
    @Order(31)
    void switchingAModuleOffHidesItsApiJobsAndMetricsAndKeepsItsData() {
        setModule(PSB, NoticesModule.ID, false);
        try {
            problem(call(base, "GET", "api/v1/notices", "psb-handler", null), 404, "not-found");
            JsonObject me = ok(call(base, "GET", "api/v1/me", "psb-handler", null));
            assertThat(strings(me.getJsonArray("modules"))).doesNotContain("notices");
            assertThat(strings(me.getJsonArray("metrics"))).doesNotContain("notice_count");
            assertThat(strings(okArray(call(base, "POST", "api/v1/notices/job", "edu-handler", null))))
                    .contains("zhangdian-edu").doesNotContain(PSB);
            // another agency is untouched
            assertThat(okArray(call(base, "GET", "api/v1/notices", "edu-handler", null))).hasSize(1);
        } finally {
            setModule(PSB, NoticesModule.ID, true);
        }
        assertThat(okArray(call(base, "GET", "api/v1/notices", "psb-handler", null))).hasSize(2);
        assertThat(strings(okArray(call(base, "POST", "api/v1/notices/job", "psb-handler", null)))).contains(PSB);
    }

    @Test
    @Order(32)
    void dependenciesBetweenModulesAreHonouredBothWays() {
        JsonObject refused = problem(call(base, "PUT", "api/v1/admin/tenants/" + PSB + "/modules/proposals", "platform-admin",
                "{\"enabled\": false}"), 409, "module-required");
        assertThat(refused.getString("detail")).contains("notices", "reports", "visits");

        setModule(PSB, "notices", false);
        setModule(PSB, "reports", false);
        setModule(PSB, "visits", false);
        setModule(PSB, "proposals", false);
        try {
            problem(call(base, "GET", "api/v1/proposals/items", "psb-handler", null), 404, "not-found");
            problem(call(base, "PUT", "api/v1/admin/tenants/" + PSB + "/modules/notices", "platform-admin",
                    "{\"enabled\": true}"), 409, "module-requires");
        } finally {
            setModule(PSB, "proposals", true);
            setModule(PSB, "visits", true);
            setModule(PSB, "reports", true);
            setModule(PSB, "notices", true);
        }
        assertThat(items("psb-handler").getJsonNumber("total").longValue()).as("data survived").isEqualTo(stored(PSB));
        problem(call(base, "PUT", "api/v1/admin/tenants/zhangdian/modules/reports", "platform-admin",
                "{\"enabled\": false}"), 404, "not-found");
        problem(call(base, "PUT", "api/v1/admin/tenants/" + PSB + "/modules/no-such", "platform-admin",
                "{\"enabled\": false}"), 404, "not-found");
    }

    // ---- audit --------------------------------------------------------------------------------------------

    @Test
    @Order(40)
    void everyToggleIsAuditedAndAgencyAdminsSeeOnlyTheirAgency() {
        var psbLog = okArray(call(base, "GET", "api/v1/audit?size=200", "psb-admin", null)).getValuesAs(JsonObject.class);
        var eduLog = okArray(call(base, "GET", "api/v1/audit?size=200", "edu-admin", null)).getValuesAs(JsonObject.class);
        var all = okArray(call(base, "GET", "api/v1/audit?size=200", "platform-admin", null)).getValuesAs(JsonObject.class);

        assertThat(psbLog).extracting(a -> a.getString("action")).contains("module.disabled", "module.enabled")
                .anyMatch(action -> action.matches("item\\.(un)?marked-key"));
        assertThat(psbLog).allSatisfy(a -> assertThat(a.getString("tenantId")).isEqualTo(PSB));
        assertThat(psbLog).filteredOn(a -> a.getString("action").equals("module.disabled")).first()
                .satisfies(a -> {
                    assertThat(a.getString("actor")).isEqualTo("platform-admin");
                    assertThat(a.getString("after")).isEqualTo("enabled=false");
                });
        assertThat(eduLog).allSatisfy(a -> assertThat(a.get("tenantId")).isEqualTo(jakarta.json.Json.createValue("zhangdian-edu")));
        assertThat(all.size()).isGreaterThanOrEqualTo(psbLog.size());
        problem(call(base, "GET", "api/v1/audit", "psb-handler", null), 403, "forbidden");
    }

    @Test
    @Order(41)
    void theDatabaseRefusesToChangeOrDeleteAuditLines() {
        assertThatThrownBy(() -> owner("update platform_audit_log set action = 'forged'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner("delete from platform_audit_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> {
            try (Connection c = appConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from platform_audit_log");
            }
        }).hasMessageContaining("permission denied");
    }

    // ---- the UI follows the switches ------------------------------------------------------------

    @Test
    @Order(50)
    void aPlatformAdminSwitchesAModuleOffAndTheAgencysUserNoLongerSeesIt() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-leader", Api.PASSWORD);
                browser.awaitText(By.id("module-nav"), "统计与报告");
                signOut(browser);

                browser.signInAtKeycloak("platform-admin", Api.PASSWORD);
                browser.await(By.id("user-name")); // the sign-in has landed before we go on
                browser.driver.get(base.resolve("admin/modules").toString());
                browser.await(By.cssSelector("#tenant-select input")).sendKeys("张店公安分局");
                browser.await(By.cssSelector("vaadin-combo-box-item")).click();
                browser.await(By.id("module-toggle-reports")).click();
                browser.awaitText(By.tagName("vaadin-notification-card"), "已为张店公安分局停用");
                signOut(browser);

                browser.signInAtKeycloak("psb-leader", Api.PASSWORD);
                String nav = browser.await(By.id("module-nav")).getText();
                assertThat(nav).contains("建议提案办理").doesNotContain("统计与报告");
                browser.driver.get(base.resolve("reports").toString());
                browser.awaitText(By.id("not-found"), "本单位未启用");
                assertThat(browser.driver.findElements(By.id("module-reports"))).isEmpty();
                browser.screenshot(Path.of("target/it/module-off.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/module-off-failure.png"));
                throw t;
            } finally {
                setModule(PSB, "reports", true);
            }
        }
    }

    private void signOut(Browser browser) {
        browser.driver.get(base.resolve("logout").toString());
        browser.driver.get(base.toString());
        browser.awaitUrlContains("/realms/huiyin/");
    }

    // ---- database helpers -------------------------------------------------------------------------

    private static Connection appConnection() throws SQLException {
        EmbeddedDatabase db = Stack.running().db();
        return DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB), EmbeddedDatabase.APP_ROLE, EmbeddedDatabase.APP_PASSWORD);
    }

    /** The agency's rows as the owner counts them (row-level security binds the owner too: tenant set first). */
    private static long stored(String agency) {
        EmbeddedDatabase db = Stack.running().db();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB), EmbeddedDatabase.OWNER_ROLE,
                EmbeddedDatabase.OWNER_PASSWORD); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('app.tenant_id', '" + agency + "', true)");
            try (ResultSet r = s.executeQuery("select count(*) from proposal_item")) {
                r.next();
                return r.getLong(1);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void owner(String sql) throws SQLException {
        EmbeddedDatabase db = Stack.running().db();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB), EmbeddedDatabase.OWNER_ROLE,
                EmbeddedDatabase.OWNER_PASSWORD); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
