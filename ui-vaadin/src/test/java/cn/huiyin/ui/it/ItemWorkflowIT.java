package cn.huiyin.ui.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
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
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static cn.huiyin.ui.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item transitions through the REST API against the real WAR, Keycloak and PostgreSQL: a psb item
 * walked from assignment to an approved reply with one return for rework, its history, refused
 * transitions that change nothing, two clients racing with the same version, another agency's
 * users, and the item page in the browser. Works on items of its own (inserted as the owner,
 * deleted afterwards), so the demo items stay as other test classes expect them.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ItemWorkflowIT {

    static final String PSB = "zhangdian-psb";
    static final List<Long> CREATED = new ArrayList<>();

    @ArquillianResource
    URL deployed;

    URI base;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huiyin.war")));
    }

    @BeforeEach
    void onLoopback() {
        base = Api.base(deployed);
    }

    @AfterAll
    static void removeOwnItems() throws SQLException {
        if (CREATED.isEmpty()) {
            return;
        }
        String ids = CREATED.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        try (Connection c = Db.owner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
            s.executeUpdate("delete from proposal_item_history where item_id in (" + ids + ")");
            s.executeUpdate("delete from proposal_reply where item_id in (" + ids + ")");
            s.executeUpdate("delete from proposal_item where id in (" + ids + ")");
            c.commit();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private JsonObject item(long id, String user) {
        return ok(call(base, "GET", "api/v1/proposals/items/" + id, user, null));
    }

    private HttpResponse<String> take(long id, String user, String action, String reason, long version) {
        String body = "{\"action\": \"" + action + "\", " + (reason == null ? "" : "\"reason\": \"" + reason + "\", ")
                + "\"version\": " + version + "}";
        return call(base, "POST", "api/v1/proposals/items/" + id + "/transitions", user, body);
    }

    private JsonObject took(long id, String user, String action, String reason, long version) {
        JsonObject after = ok(take(id, user, action, reason, version));
        assertThat(after.getJsonNumber("version").longValue()).isGreaterThan(version);
        return after;
    }

    private List<JsonObject> history(long id, String user) {
        return okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/history", user, null)).getValuesAs(JsonObject.class);
    }

    private static List<String> actions(JsonObject item) {
        return item.getJsonArray("availableActions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    // ---- the walk -----------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aPsbItemIsWalkedFromAssignmentToAnApprovedReplyWithOneReturnForRework() throws SQLException {
        long id = newItem("建议第9001号");
        JsonObject i = item(id, "psb-leader");
        assertThat(i.getString("state")).isEqualTo("assigned");
        assertThat(actions(i)).containsExactly("acknowledge", "request_reassignment");
        assertThat(actions(item(id, "psb-handler"))).isEmpty();

        i = took(id, "psb-leader", "acknowledge", null, i.getJsonNumber("version").longValue());
        assertThat(i.getString("state")).isEqualTo("acknowledged");
        i = took(id, "psb-leader", "start_handling", null, i.getJsonNumber("version").longValue());
        assertThat(i.getString("state")).isEqualTo("in_handling");
        i = took(id, "psb-handler", "draft_reply", null, i.getJsonNumber("version").longValue());
        assertThat(actions(i)).containsExactly("submit_for_review");
        writeReply(id); // only a complete reply goes to review (reply slice)
        i = took(id, "psb-handler", "submit_for_review", null, i.getJsonNumber("version").longValue());
        assertThat(i.getString("state")).isEqualTo("under_review");
        assertThat(actions(item(id, "psb-leader"))).containsExactly("approve_reply", "return_for_rework");
        i = took(id, "psb-leader", "return_for_rework", "请补充整改时间表", i.getJsonNumber("version").longValue());
        assertThat(i.getString("state")).isEqualTo("returned_for_rework");
        i = took(id, "psb-handler", "draft_reply", null, i.getJsonNumber("version").longValue());
        i = took(id, "psb-handler", "submit_for_review", null, i.getJsonNumber("version").longValue());
        i = took(id, "psb-leader", "approve_reply", null, i.getJsonNumber("version").longValue());
        assertThat(i.getString("state")).isEqualTo("replied");
        assertThat(item(id, "psb-supervisor").getString("state")).isEqualTo("replied");

        List<JsonObject> steps = history(id, "psb-supervisor");
        assertThat(steps).extracting(h -> h.getString("action")).containsExactly("acknowledge", "start_handling", "draft_reply",
                "submit_for_review", "return_for_rework", "draft_reply", "submit_for_review", "approve_reply");
        assertThat(steps).extracting(h -> h.getString("actor")).containsExactly("psb-leader", "psb-leader", "psb-handler",
                "psb-handler", "psb-leader", "psb-handler", "psb-handler", "psb-leader");
        assertThat(steps).extracting(h -> h.getString("from")).startsWith("assigned", "acknowledged", "in_handling");
        assertThat(steps).extracting(h -> h.getString("to")).endsWith("replied");
        assertThat(steps.get(4).getString("reason")).isEqualTo("请补充整改时间表");
        assertThat(steps).allSatisfy(h -> assertThat(h.getString("at")).isNotBlank());

        // every step has its audit line: item.<action>, before → after state
        List<JsonObject> audit = auditOf(id);
        assertThat(audit).extracting(a -> a.getString("action") + " " + a.getString("before") + "→" + a.getString("after"))
                .containsExactlyInAnyOrder("item.acknowledge assigned→acknowledged", "item.start_handling acknowledged→in_handling",
                        "item.draft_reply in_handling→reply_drafted", "item.submit_for_review reply_drafted→under_review",
                        "item.return_for_rework under_review→returned_for_rework", "item.draft_reply returned_for_rework→reply_drafted",
                        "item.submit_for_review reply_drafted→under_review", "item.approve_reply under_review→replied");
        assertThat(audit).allSatisfy(a -> assertThat(a.getString("tenantId")).isEqualTo(PSB));
    }

    /** Writes a complete A reply into the item's open draft. */
    private void writeReply(long id) {
        long version = ok(call(base, "GET", "api/v1/proposals/items/" + id + "/reply", "psb-handler", null))
                .getJsonObject("reply").getJsonNumber("version").longValue();
        ok(call(base, "PUT", "api/v1/proposals/items/" + id + "/reply", "psb-handler",
                "{\"outcome\": \"A\", \"body\": \"已按建议完成整改。\", \"version\": " + version + "}"));
    }

    private List<JsonObject> auditOf(long id) {
        return okArray(call(base, "GET", "api/v1/audit?size=200", "psb-admin", null)).getValuesAs(JsonObject.class).stream()
                .filter(a -> ("item:" + id).equals(a.getString("subject", null))).toList();
    }

    // ---- refusals change nothing --------------------------------------------------------------------

    @Test
    @Order(2)
    void refusedTransitionsAnswerProblemsAndChangeNothing() throws SQLException {
        long id = newItem("建议第9002号");

        problem(take(id, "psb-handler", "acknowledge", null, 0), 403, "role-may-not");
        problem(take(id, "psb-leader", "approve_reply", null, 0), 409, "state-forbids");
        problem(take(id, "psb-leader", "request_reassignment", "  ", 0), 400, "reason-required");
        problem(take(id, "psb-leader", "acknowledge", null, 5), 409, "stale-version");
        problem(take(id, "psb-leader", "fly_away", null, 0), 400, "unknown-action");
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/transitions", "psb-leader", "{\"action\": \"acknowledge\"}"),
                400, "validation");
        problem(take(id, "deputy-li", "acknowledge", null, 0), 403, "forbidden");
        problem(take(id, "zd-oversight", "acknowledge", null, 0), 403, "forbidden");

        JsonObject i = item(id, "psb-leader");
        assertThat(i.getString("state")).isEqualTo("assigned");
        assertThat(i.getJsonNumber("version").longValue()).isZero();
        assertThat(history(id, "psb-leader")).isEmpty();
        assertThat(auditOf(id)).isEmpty();
    }

    @Test
    @Order(3)
    void twoClientsWithTheSameVersionOneWinsTheOtherIsToldItIsStale() throws Exception {
        long id = newItem("建议第9003号");
        CountDownLatch start = new CountDownLatch(1);
        var leader = CompletableFuture.supplyAsync(() -> await(start, () -> take(id, "psb-leader", "acknowledge", null, 0)));
        var supervisor = CompletableFuture.supplyAsync(() -> await(start, () -> take(id, "psb-supervisor", "acknowledge", null, 0)));
        start.countDown();
        List<HttpResponse<String>> answers = List.of(leader.get(), supervisor.get());

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        problem(answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow(), 409, "stale-version");
        JsonObject i = item(id, "psb-leader");
        assertThat(i.getString("state")).isEqualTo("acknowledged");
        assertThat(i.getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(history(id, "psb-leader")).hasSize(1);
    }

    @Test
    @Order(4)
    void anotherAgencysUsersFindNoSuchItem() throws SQLException {
        long id = newItem("建议第9004号");
        for (String edu : List.of("edu-leader", "edu-handler", "edu-admin")) {
            problem(call(base, "GET", "api/v1/proposals/items/" + id, edu, null), 404, "not-found");
            problem(call(base, "GET", "api/v1/proposals/items/" + id + "/history", edu, null), 404, "not-found");
            problem(take(id, edu, "acknowledge", null, 0), 404, "not-found");
        }
        JsonObject i = item(id, "psb-leader");
        assertThat(i.getString("state")).isEqualTo("assigned");
        assertThat(i.getJsonNumber("version").longValue()).isZero();
    }

    // ---- the item page ------------------------------------------------------------------------------

    @Test
    @Order(50)
    void psbLeaderAcknowledgesAnItemWithTheButtonOnItsPageAndIsToldWhenSomebodyElseWasFaster() throws Exception {
        long mine = newItem("建议第9005号");
        long raced = newItem("建议第9006号");
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-leader", Api.PASSWORD);
                browser.await(By.id("user-name")); // the sign-in has landed before we go on
                browser.driver.get(base.resolve("proposals").toString());
                browser.awaitText(By.id("item-grid"), "测试建议建议第9005号");

                browser.driver.get(base.resolve("proposals/" + mine).toString());
                browser.awaitText(By.id("item-state"), "已交办");
                browser.await(By.id("action-acknowledge")).click();
                browser.awaitText(By.id("item-state"), "已签收");
                browser.awaitText(By.id("item-history"), "psb-leader · 签收 · 已交办 → 已签收");
                browser.await(By.id("action-start_handling"));
                browser.screenshot(Path.of("target/it/item-acknowledged.png"));

                // the page shows version 0; somebody else acknowledges first through the API
                browser.driver.get(base.resolve("proposals/" + raced).toString());
                browser.await(By.id("action-acknowledge"));
                took(raced, "psb-supervisor", "acknowledge", null, 0);
                browser.await(By.id("action-acknowledge")).click();
                browser.awaitText(By.tagName("vaadin-notification-card"), "已被他人修改，请刷新后重试");
                browser.awaitText(By.id("item-state"), "已签收");
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/item-page-failure.png"));
                throw t;
            }
        }
        JsonObject i = item(mine, "psb-leader");
        assertThat(i.getString("state")).isEqualTo("acknowledged");
        assertThat(i.getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(history(mine, "psb-leader")).singleElement().satisfies(h -> assertThat(h.getString("actor")).isEqualTo("psb-leader"));
        assertThat(history(raced, "psb-leader")).singleElement().satisfies(h -> assertThat(h.getString("actor")).isEqualTo("psb-supervisor"));
    }

    private static <T> T await(CountDownLatch latch, java.util.function.Supplier<T> then) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return then.get();
    }

    // ---- database helpers ---------------------------------------------------------------------------

    /** A new assigned psb item, inserted as the owner with the tenant set (row-level security binds the owner too). */
    static long newItem(String number) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_item (tenant_id, kind, session, number, title, body, "
                    + "proposer, category, key_item, state, assigned_on) values (?, 'suggestion', '2099年测试', ?, ?, ?, '测试代表', "
                    + "'traffic', false, 'assigned', current_date) returning id")) {
                ps.setString(1, PSB);
                ps.setString(2, number);
                ps.setString(3, "测试建议" + number);
                ps.setString(4, "用于测试办理流程的建议。");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    c.commit();
                    CREATED.add(id);
                    return id;
                }
            }
        }
    }
}
