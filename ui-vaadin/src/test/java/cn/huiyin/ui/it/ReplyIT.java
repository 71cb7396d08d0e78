package cn.huiyin.ui.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Replies (答复) against the real WAR, Keycloak and PostgreSQL: drafting with the A/B/C rules,
 * review with a counted return per unit, B plans followed to completion, oversight correcting an
 * outcome class (own district only), two editors of one draft, bulk replies (all or nothing), a
 * second round after re-handling, and a handler drafting and a leader approving in Chromium.
 * Works on psb items and a unit of its own, removed afterwards.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplyIT {

    static final String PSB = "zhangdian-psb";
    static final List<Long> CREATED = new ArrayList<>();
    static long unitId;

    @ArquillianResource
    URL deployed;

    URI base;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huiyin.war")));
    }

    @BeforeAll
    static void ownUnit() throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("insert into platform_unit (tenant_id, name_zh, name_en) values ('" + PSB
                         + "', '答复测试科', 'Reply test unit') returning id")) {
                rs.next();
                unitId = rs.getLong(1);
            }
            c.commit();
        }
    }

    @BeforeEach
    void onLoopback() {
        base = Api.base(deployed);
    }

    @AfterAll
    static void removeOwnData() throws SQLException {
        try (Connection c = Db.owner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            tenant(c);
            if (!CREATED.isEmpty()) {
                String ids = CREATED.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
                // what the proposer and the handler were told about these items (notifications are the recipient's rows)
                for (String recipient : List.of("deputy-li", "psb-handler")) {
                    s.execute("select set_config('app.recipient', '" + recipient + "', true)");
                    s.executeUpdate("delete from proposal_notification where item_id in (" + ids + ")");
                }
                s.executeUpdate("delete from proposal_milestone_progress where milestone_id in "
                        + "(select id from proposal_plan_milestone where item_id in (" + ids + "))");
                s.executeUpdate("delete from proposal_plan_milestone where item_id in (" + ids + ")");
                s.executeUpdate("delete from proposal_reply where item_id in (" + ids + ")");
                s.executeUpdate("delete from proposal_rating where item_id in (" + ids + ")");
                s.executeUpdate("delete from proposal_item_history where item_id in (" + ids + ")");
                s.executeUpdate("delete from proposal_item where id in (" + ids + ")");
            }
            s.executeUpdate("delete from platform_unit where id = " + unitId);
            c.commit();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private JsonObject reply(long id, String user) {
        return ok(call(base, "GET", "api/v1/proposals/items/" + id + "/reply", user, null));
    }

    private HttpResponse<String> put(long id, String user, String json) {
        return call(base, "PUT", "api/v1/proposals/items/" + id + "/reply", user, json);
    }

    private HttpResponse<String> take(long id, String user, String action, String reason) {
        long version = item(id).getJsonNumber("version").longValue();
        String body = "{\"action\": \"" + action + "\", " + (reason == null ? "" : "\"reason\": \"" + reason + "\", ")
                + "\"version\": " + version + "}";
        return call(base, "POST", "api/v1/proposals/items/" + id + "/transitions", user, body);
    }

    private JsonObject item(long id) {
        return ok(call(base, "GET", "api/v1/proposals/items/" + id, "psb-leader", null));
    }

    private List<String> history(long id) {
        return okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/history", "psb-leader", null))
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList();
    }

    private long returnsOfOwnUnit() {
        return okArray(call(base, "GET", "api/v1/proposals/replies/returns-by-unit", "psb-supervisor", null))
                .getValuesAs(JsonObject.class).stream()
                .filter(u -> !absent(u, "unitId") && u.getJsonNumber("unitId").longValue() == unitId)
                .peek(u -> assertThat(u.getString("unitNameZh")).isEqualTo("答复测试科"))
                .mapToLong(u -> u.getJsonNumber("returns").longValue()).sum();
    }

    /** Audit lines of the item ({@code item:<id>}) and of its reply and milestones ({@code item:<id>/…}). */
    private List<JsonObject> audit(long itemId) {
        String subject = "item:" + itemId;
        return okArray(call(base, "GET", "api/v1/audit?size=200", "psb-admin", null)).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("subject", "").equals(subject) || a.getString("subject", "").startsWith(subject + "/")).toList();
    }

    /** JSON-B leaves null properties out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static long version(JsonObject replyView) {
        return replyView.getJsonObject("reply").getJsonNumber("version").longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    // ---- draft, submit, return, redraft, approve ----------------------------------------------------

    @Test
    @Order(1)
    void aCReplyIsRefusedWithoutExplanationThenReturnedWithAReasonCountedForTheUnitThenApproved() throws SQLException {
        long id = newItem("答复第9101号", "in_handling", "traffic");
        long returnsBefore = returnsOfOwnUnit();

        JsonObject refused = problem(put(id, "psb-handler", "{\"outcome\": \"C\", \"body\": \"因预算所限暂无法实施。\"}"), 400, "validation");
        assertThat(fields(refused)).containsExactly("explanation");
        assertThat(absent(reply(id, "psb-handler"), "reply")).isTrue();
        assertThat(item(id).getString("state")).isEqualTo("in_handling");
        assertThat(history(id)).isEmpty();

        JsonObject r = ok(put(id, "psb-handler", "{\"outcome\": \"C\", \"body\": \"因预算所限暂无法实施。\", "
                + "\"explanation\": \"该路段改造需列入明年财政预算。\"}"));
        assertThat(r.getString("itemState")).isEqualTo("reply_drafted");
        assertThat(r.getJsonObject("reply").getInt("round")).isEqualTo(1);
        assertThat(r.getJsonObject("reply").getString("status")).isEqualTo("draft");
        assertThat(r.getJsonObject("reply").getString("draftedBy")).isEqualTo("psb-handler");

        ok(take(id, "psb-handler", "submit_for_review", null));
        assertThat(reply(id, "psb-leader").getJsonObject("reply").getString("status")).isEqualTo("submitted");
        problem(put(id, "psb-handler", "{\"outcome\": \"A\", \"body\": \"x\", \"version\": " + version(reply(id, "psb-leader")) + "}"),
                409, "state-forbids");

        problem(take(id, "psb-leader", "return_for_rework", " "), 400, "reason-required");
        ok(take(id, "psb-leader", "return_for_rework", "请说明预算申报时间"));
        JsonObject returned = reply(id, "psb-handler");
        assertThat(returned.getString("itemState")).isEqualTo("returned_for_rework");
        assertThat(returned.getJsonObject("reply").getString("status")).isEqualTo("draft");
        assertThat(returnsOfOwnUnit()).isEqualTo(returnsBefore + 1);

        r = ok(put(id, "psb-handler", "{\"outcome\": \"A\", \"body\": \"已协调交警部门于本月完成信号灯配时优化。\", \"version\": "
                + version(returned) + "}"));
        assertThat(r.getString("itemState")).isEqualTo("reply_drafted");
        ok(take(id, "psb-handler", "submit_for_review", null));
        problem(take(id, "psb-handler", "approve_reply", null), 403, "role-may-not");
        ok(take(id, "psb-leader", "approve_reply", null));

        JsonObject approved = reply(id, "psb-supervisor");
        assertThat(approved.getString("itemState")).isEqualTo("replied");
        assertThat(approved.getString("itemOutcome")).isEqualTo("A");
        assertThat(approved.getString("itemRepliedOn")).isEqualTo(today().toString());
        assertThat(approved.getJsonObject("reply").getString("status")).isEqualTo("approved");
        assertThat(approved.getJsonObject("reply").getString("approvedBy")).isEqualTo("psb-leader");
        assertThat(approved.getJsonObject("reply").getString("approvedAt")).isNotBlank();
        assertThat(dbColumn(id, "outcome")).isEqualTo("A");
        assertThat(dbColumn(id, "replied_on")).isEqualTo(today().toString());

        assertThat(history(id)).containsExactly("draft_reply", "submit_for_review", "return_for_rework", "draft_reply",
                "submit_for_review", "approve_reply");
        assertThat(audit(id)).extracting(a -> a.getString("action"))
                .contains("item.approve_reply", "item.return_for_rework", "reply.draft.saved")
                .doesNotContain("item.approve_reply_refused");
        assertThat(returnsOfOwnUnit()).isEqualTo(returnsBefore + 1);
    }

    @Test
    @Order(2)
    void anIncompleteDraftIsNotSubmittedAndOtherAgenciesFindNoReply() throws SQLException {
        long id = newItem("答复第9102号", "in_handling", "traffic");
        ok(take(id, "psb-handler", "draft_reply", null));
        JsonObject p = problem(take(id, "psb-handler", "submit_for_review", null), 400, "reply-incomplete");
        assertThat(fields(p)).contains("outcome", "body");
        assertThat(item(id).getString("state")).isEqualTo("reply_drafted");
        assertThat(history(id)).containsExactly("draft_reply");
        assertThat(audit(id)).extracting(a -> a.getString("action")).doesNotContain("item.submit_for_review");

        problem(call(base, "GET", "api/v1/proposals/items/" + id + "/reply", "edu-handler", null), 404, "not-found");
        problem(put(id, "edu-handler", "{\"outcome\": \"A\", \"body\": \"x\"}"), 404, "not-found");
        problem(put(id, "psb-supervisor", "{\"outcome\": \"A\", \"body\": \"x\"}"), 403, "role-may-not");
        problem(put(id, "psb-handler", "{\"outcome\": \"D\", \"body\": \"x\"}"), 400, "validation");
        problem(put(id, "deputy-li", "{\"outcome\": \"A\", \"body\": \"x\"}"), 403, "forbidden");
        assertThat(absent(reply(id, "psb-handler").getJsonObject("reply"), "outcome")).isTrue();

        // the demo item under review has the submitted reply the demo data gives it, ready for the leader
        long demo = ok(call(base, "GET", "api/v1/proposals/items?state=under_review&size=100", "edu-leader", null))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("number").equals("建议第0007号"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(reply(demo, "edu-leader").getJsonObject("reply").getString("status")).isEqualTo("submitted");
    }

    // ---- a B plan to completion ---------------------------------------------------------------------

    static long planned;

    @Test
    @Order(3)
    void aBReplysMilestonesAreFollowedToCompletion() throws SQLException {
        long id = planned = newItem("答复第9103号", "in_handling", "traffic");
        JsonObject p = problem(put(id, "psb-handler", "{\"outcome\": \"B\", \"body\": \"已列入计划。\"}"), 400, "validation");
        assertThat(fields(p)).containsExactly("milestones");
        p = problem(put(id, "psb-handler", "{\"outcome\": \"B\", \"body\": \"已列入计划。\", \"milestones\": [{\"title\": \" \", \"dueOn\": \"2027-03-31\"}]}"),
                400, "validation");
        assertThat(fields(p)).containsExactly("milestones[0].title");

        JsonObject r = ok(put(id, "psb-handler", "{\"outcome\": \"B\", \"body\": \"已列入2027年改造计划，分两期实施。\", \"milestones\": ["
                + "{\"title\": \"完成设计\", \"dueOn\": \"2027-03-31\"}, {\"title\": \"完成施工\", \"dueOn\": \"2027-09-30\"}]}"));
        assertThat(r.getJsonArray("milestones")).hasSize(2);
        long m1 = r.getJsonArray("milestones").getJsonObject(0).getJsonNumber("id").longValue();
        String progressPath = "api/v1/proposals/items/" + id + "/reply/milestones/" + m1 + "/progress";
        problem(call(base, "POST", progressPath, "psb-handler", "{\"note\": \"设计招标中\", \"version\": 0}"), 409, "plan-not-approved");

        ok(take(id, "psb-handler", "submit_for_review", null));
        ok(take(id, "psb-leader", "approve_reply", null));
        r = reply(id, "psb-handler");
        assertThat(r.getString("itemOutcome")).isEqualTo("B");
        assertThat(r.getBoolean("planComplete")).isFalse();
        JsonObject first = r.getJsonArray("milestones").getJsonObject(0);
        JsonObject second = r.getJsonArray("milestones").getJsonObject(1);
        long v1 = first.getJsonNumber("version").longValue();

        r = ok(call(base, "POST", progressPath, "psb-handler", "{\"note\": \"设计招标已完成\", \"version\": " + v1 + "}"));
        assertThat(r.getJsonArray("milestones").getJsonObject(0).getJsonArray("progress").getJsonObject(0).getString("note"))
                .isEqualTo("设计招标已完成");
        problem(call(base, "POST", progressPath, "psb-handler", "{\"note\": \"再记一次\", \"version\": " + v1 + "}"), 409, "stale-version");
        problem(call(base, "POST", progressPath, "psb-handler", "{\"note\": \" \", \"version\": " + v1 + "}"), 400, "validation");
        problem(call(base, "POST", progressPath, "edu-handler", "{\"note\": \"x\", \"version\": " + v1 + "}"), 404, "not-found");

        v1 = r.getJsonArray("milestones").getJsonObject(0).getJsonNumber("version").longValue();
        r = ok(call(base, "POST", "api/v1/proposals/items/" + id + "/reply/milestones/" + m1 + "/done", "psb-handler",
                "{\"version\": " + v1 + "}"));
        assertThat(r.getJsonArray("milestones").getJsonObject(0).getString("doneOn")).isEqualTo(today().toString());
        assertThat(r.getBoolean("planComplete")).isFalse();
        long m2 = second.getJsonNumber("id").longValue();
        r = ok(call(base, "POST", "api/v1/proposals/items/" + id + "/reply/milestones/" + m2 + "/done", "psb-leader",
                "{\"note\": \"工程已竣工验收\", \"version\": " + second.getJsonNumber("version").longValue() + "}"));
        assertThat(r.getBoolean("planComplete")).isTrue();
        long v2 = r.getJsonArray("milestones").getJsonObject(1).getJsonNumber("version").longValue();
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/reply/milestones/" + m2 + "/done", "psb-leader",
                "{\"version\": " + v2 + "}"), 409, "milestone-done");

        assertThat(history(id)).containsExactly("draft_reply", "submit_for_review", "approve_reply", "record_progress",
                "complete_milestone", "complete_milestone");
        assertThat(audit(id)).extracting(a -> a.getString("action")).filteredOn(a -> a.startsWith("reply.milestone"))
                .containsExactlyInAnyOrder("reply.milestone.progress", "reply.milestone.done", "reply.milestone.done");
    }

    // ---- oversight corrects the outcome class -------------------------------------------------------

    @Test
    @Order(4)
    void oversightCorrectsTheOutcomeOfItsOwnDistrictsItemWithAReason() throws SQLException {
        long id = planned;
        String path = "api/v1/proposals/oversight/outcomes/" + PSB + "/" + id;
        JsonObject p = problem(call(base, "PUT", path, "zd-oversight", "{\"outcome\": \"A\", \"reason\": \" \"}"), 400, "validation");
        assertThat(fields(p)).containsExactly("reason");
        problem(call(base, "PUT", path, "zc-oversight", "{\"outcome\": \"A\", \"reason\": \"计划已全部落实\"}"), 404, "not-found");
        problem(call(base, "PUT", "api/v1/proposals/oversight/outcomes/zhangdian-edu/" + id, "zd-oversight",
                "{\"outcome\": \"A\", \"reason\": \"计划已全部落实\"}"), 404, "not-found");
        problem(call(base, "PUT", path, "psb-leader", "{\"outcome\": \"A\", \"reason\": \"计划已全部落实\"}"), 403, "forbidden");
        long notReplied = newItem("答复第9104号", "in_handling", "traffic");
        problem(call(base, "PUT", "api/v1/proposals/oversight/outcomes/" + PSB + "/" + notReplied, "zd-oversight",
                "{\"outcome\": \"A\", \"reason\": \"x\"}"), 409, "not-replied");
        assertThat(reply(id, "psb-leader").getString("itemOutcome")).isEqualTo("B");

        assertThat(okArray(call(base, "GET", "api/v1/proposals/oversight/outcomes/" + PSB, "zd-oversight", null))
                .getValuesAs(JsonObject.class)).extracting(i -> i.getJsonNumber("id").longValue()).contains(id);
        JsonObject corrected = ok(call(base, "PUT", path, "zd-oversight", "{\"outcome\": \"A\", \"reason\": \"计划已全部落实\"}"));
        assertThat(corrected.getString("outcome")).isEqualTo("A");
        JsonObject r = reply(id, "psb-leader");
        assertThat(r.getString("itemOutcome")).isEqualTo("A");
        assertThat(r.getJsonObject("reply").getString("outcome")).isEqualTo("A");
        assertThat(history(id)).endsWith("correct_outcome");
        assertThat(audit(id)).filteredOn(a -> a.getString("action").equals("oversight.outcome.corrected"))
                .singleElement().satisfies(a -> {
                    assertThat(a.getString("before")).isEqualTo("B");
                    assertThat(a.getString("after")).isEqualTo("A");
                    assertThat(a.getString("actor")).isEqualTo("zd-oversight");
                });
    }

    // ---- two editors, one draft ---------------------------------------------------------------------

    @Test
    @Order(5)
    void twoEditorsOfOneDraftOneWinsTheOtherIsToldItIsStale() throws Exception {
        long id = newItem("答复第9105号", "in_handling", "traffic");
        long v = version(ok(put(id, "psb-handler", "{\"outcome\": \"A\", \"body\": \"初稿\"}")));
        CountDownLatch start = new CountDownLatch(1);
        var handler = CompletableFuture.supplyAsync(() -> await(start, () -> put(id, "psb-handler",
                "{\"outcome\": \"A\", \"body\": \"承办人修改稿\", \"version\": " + v + "}")));
        var leader = CompletableFuture.supplyAsync(() -> await(start, () -> put(id, "psb-leader",
                "{\"outcome\": \"A\", \"body\": \"领导修改稿\", \"version\": " + v + "}")));
        start.countDown();
        List<HttpResponse<String>> answers = List.of(handler.get(), leader.get());
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        problem(answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow(), 409, "stale-version");
        String winner = Api.json(answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()).asJsonObject()
                .getJsonObject("reply").getString("body");
        JsonObject stored = reply(id, "psb-handler");
        assertThat(stored.getJsonObject("reply").getString("body")).isEqualTo(winner);
        assertThat(version(stored)).isGreaterThan(v);
        problem(put(id, "psb-handler", "{\"outcome\": \"A\", \"body\": \"旧版本\", \"version\": " + v + "}"), 409, "stale-version");
        problem(put(id, "psb-handler", "{\"outcome\": \"A\", \"body\": \"没有版本\"}"), 409, "stale-version");
        assertThat(reply(id, "psb-handler").getJsonObject("reply").getString("body")).isEqualTo(winner);
    }

    // ---- bulk replies -------------------------------------------------------------------------------

    @Test
    @Order(6)
    void aBulkReplyDraftsSeveralItemsOfOneCategoryOrNoneAtAll() throws SQLException {
        long a = newItem("答复第9106号", "in_handling", "education");
        long b = newItem("答复第9107号", "returned_for_rework", "education");
        long other = newItem("答复第9108号", "in_handling", "traffic");
        long notYet = newItem("答复第9109号", "assigned", "education");
        String text = "\"outcome\": \"C\", \"body\": \"学区划分须按市级统一政策执行。\", \"explanation\": \"涉及全市招生政策，区级暂无法调整。\"";

        JsonObject p = problem(call(base, "POST", "api/v1/proposals/replies/bulk", "psb-handler",
                "{\"itemIds\": [" + a + ", " + other + "], " + text + "}"), 400, "mixed-categories");
        assertThat(fields(p)).containsExactly("itemIds");
        problem(call(base, "POST", "api/v1/proposals/replies/bulk", "psb-handler",
                "{\"itemIds\": [" + a + ", " + b + ", " + notYet + "], " + text + "}"), 409, "state-forbids");
        problem(call(base, "POST", "api/v1/proposals/replies/bulk", "psb-handler",
                "{\"itemIds\": [" + a + ", " + b + "], \"outcome\": \"C\", \"body\": \"x\"}"), 400, "validation");
        problem(call(base, "POST", "api/v1/proposals/replies/bulk", "psb-handler", "{\"itemIds\": [], " + text + "}"), 400, "validation");
        for (long id : List.of(a, b, other, notYet)) {
            assertThat(absent(reply(id, "psb-handler"), "reply")).as("item %d untouched", id).isTrue();
            assertThat(history(id)).isEmpty();
        }

        JsonObject done = ok(call(base, "POST", "api/v1/proposals/replies/bulk", "psb-handler",
                "{\"itemIds\": [" + a + ", " + b + "], " + text + "}"));
        assertThat(done.getInt("drafted")).isEqualTo(2);
        for (long id : List.of(a, b)) {
            JsonObject r = reply(id, "psb-handler");
            assertThat(r.getString("itemState")).isEqualTo("reply_drafted");
            assertThat(r.getJsonObject("reply").getString("outcome")).isEqualTo("C");
            assertThat(r.getJsonObject("reply").getString("explanation")).isEqualTo("涉及全市招生政策，区级暂无法调整。");
            assertThat(history(id)).containsExactly("draft_reply");
        }
        ok(take(a, "psb-handler", "submit_for_review", null));
    }

    // ---- round 2 after re-handling ------------------------------------------------------------------

    @Test
    @Order(7)
    void anUnsatisfiedRatingLeadsToASecondRoundDraftedAndReviewedTheSameWay() throws SQLException {
        long id = newItem("答复第9110号", "in_handling", "traffic");
        ok(put(id, "psb-handler", "{\"outcome\": \"A\", \"body\": \"已解决。\"}"));
        ok(take(id, "psb-handler", "submit_for_review", null));
        ok(take(id, "psb-leader", "approve_reply", null));
        // a paper rating entered by the supervisor (ratings are never bare transitions)
        ok(call(base, "POST", "api/v1/proposals/items/" + id + "/ratings", "psb-supervisor",
                "{\"rating\": \"unsatisfied\", \"comment\": \"代表认为未实际解决\", \"version\": "
                        + item(id).getJsonNumber("version").longValue() + "}"));
        assertThat(item(id).getString("state")).isEqualTo("re_handling");

        JsonObject r = ok(put(id, "psb-handler", "{\"outcome\": \"B\", \"body\": \"重新办理：列入计划。\", "
                + "\"milestones\": [{\"title\": \"完成现场整改\", \"dueOn\": \"2027-01-31\"}]}"));
        assertThat(r.getJsonObject("reply").getInt("round")).isEqualTo(2);
        assertThat(r.getJsonArray("earlierRounds")).singleElement()
                .satisfies(e -> assertThat(e.asJsonObject().getString("status")).isEqualTo("approved"));
        ok(take(id, "psb-handler", "submit_for_review", null));
        ok(take(id, "psb-leader", "return_for_rework", "计划期限过长"));
        ok(put(id, "psb-handler", "{\"outcome\": \"B\", \"body\": \"重新办理：列入计划。\", \"version\": "
                + version(reply(id, "psb-handler")) + ", \"milestones\": [{\"id\": "
                + reply(id, "psb-handler").getJsonArray("milestones").getJsonObject(0).getJsonNumber("id") + ", \"title\": \"完成现场整改\", "
                + "\"dueOn\": \"2026-12-31\"}]}"));
        ok(take(id, "psb-handler", "submit_for_review", null));
        ok(take(id, "psb-leader", "approve_reply", null));
        r = reply(id, "psb-handler");
        assertThat(r.getString("itemState")).isEqualTo("replied");
        assertThat(r.getString("itemOutcome")).isEqualTo("B");
        assertThat(r.getJsonObject("reply").getInt("round")).isEqualTo(2);
        assertThat(r.getJsonObject("reply").getString("status")).isEqualTo("approved");
        assertThat(r.getJsonArray("milestones")).singleElement()
                .satisfies(m -> assertThat(m.asJsonObject().getString("dueOn")).isEqualTo("2026-12-31"));
    }

    // ---- the browser --------------------------------------------------------------------------------

    @Test
    @Order(50)
    void aHandlerDraftsAndSubmitsAReplyAndALeaderApprovesItInTheBrowser() throws Exception {
        long id = newItem("答复第9111号", "in_handling", "traffic");
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-handler", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("proposals/" + id).toString());
                browser.awaitText(By.id("item-state"), "办理中");
                List<WebElement> outcomes = browser.driver.findElements(By.cssSelector("#reply-outcome vaadin-radio-button"));
                assertThat(outcomes).hasSize(3);
                click(browser, outcomes.get(2)); // C without an explanation: refused, nothing stored
                WebElement body = browser.await(By.cssSelector("#reply-body textarea"));
                body.sendKeys("已协调有关部门完成路口改造。");
                click(browser, By.id("reply-save"));
                browser.awaitText(By.tagName("vaadin-notification-card"), "输入有误");
                assertThat(absent(reply(id, "psb-handler"), "reply")).isTrue();
                click(browser, outcomes.get(0)); // A
                click(browser, By.id("reply-submit"));
                browser.awaitText(By.id("item-state"), "审核中");
                browser.awaitText(By.id("reply-panel"), "已协调有关部门完成路口改造。");
                browser.screenshot(Path.of("target/it/reply-submitted.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/reply-handler-failure.png"));
                throw t;
            }
        }
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-leader", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("proposals/replies").toString());
                browser.awaitText(By.id("review-grid"), "答复第9111号");
                browser.driver.get(base.resolve("proposals/" + id).toString());
                browser.awaitText(By.id("item-state"), "审核中");
                click(browser, By.id("reply-approve"));
                browser.awaitText(By.id("item-state"), "已答复");
                browser.awaitText(By.id("reply-panel"), "已审核通过");
                browser.screenshot(Path.of("target/it/reply-approved.png"));
                browser.driver.get(base.resolve("proposals/replies").toString());
                browser.awaitText(By.id("returns-grid"), "答复测试科"); // the return of the first test, counted for the unit
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/reply-leader-failure.png"));
                throw t;
            }
        }
        JsonObject r = reply(id, "psb-leader");
        assertThat(r.getString("itemOutcome")).isEqualTo("A");
        assertThat(r.getJsonObject("reply").getString("body")).isEqualTo("已协调有关部门完成路口改造。");

        // district oversight corrects the class on its own screen
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("zd-oversight", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("proposals/outcome-corrections").toString());
                WebElement agency = browser.await(By.cssSelector("#correct-agency input"));
                agency.sendKeys("张店公安");
                agency.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
                agency.sendKeys(org.openqa.selenium.Keys.ENTER);
                browser.awaitText(By.id("correct-grid"), "答复第9111号");
                click(browser, By.xpath("//vaadin-grid-cell-content[contains(., '答复第9111号')]"));
                List<WebElement> outcomes = browser.driver.findElements(By.cssSelector("#correct-outcome vaadin-radio-button"));
                click(browser, outcomes.get(2)); // C
                browser.await(By.cssSelector("#correct-reason textarea")).sendKeys("路口改造尚未实施，应为C类");
                click(browser, By.id("correct-apply"));
                browser.awaitText(By.tagName("vaadin-notification-card"), "答复类别已更正");
                browser.screenshot(Path.of("target/it/reply-outcome-corrected.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/reply-oversight-failure.png"));
                throw t;
            }
        }
        r = reply(id, "psb-leader");
        assertThat(r.getString("itemOutcome")).isEqualTo("C");
        assertThat(r.getJsonObject("reply").getString("draftedBy")).isEqualTo("psb-handler");
        assertThat(r.getJsonObject("reply").getString("approvedBy")).isEqualTo("psb-leader");
        assertThat(history(id)).containsExactly("draft_reply", "submit_for_review", "approve_reply", "correct_outcome");
    }

    /** Scrolls the element into the middle of the view first: the editor is taller than the window. */
    private static void click(Browser browser, By by) {
        click(browser, browser.await(by));
    }

    private static void click(Browser browser, WebElement e) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
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

    /** A new psb item in {@code state}, of the test's own unit, proposed by deputy-li; inserted as the owner. */
    static long newItem(String number, String state, String category) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c);
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_item (tenant_id, kind, session, number, title, body, "
                    + "proposer, category, key_item, state, assigned_on, unit_id, proposer_username) values (?, 'suggestion', '2099年答复测试', "
                    + "?, ?, '用于测试答复的建议。', '李明', ?, false, ?, current_date, ?, 'deputy-li') returning id")) {
                ps.setString(1, PSB);
                ps.setString(2, number);
                ps.setString(3, "答复测试" + number);
                ps.setString(4, category);
                ps.setString(5, state);
                ps.setLong(6, unitId);
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

    static String dbColumn(long id, String column) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select " + column + " from proposal_item where id = " + id)) {
                rs.next();
                String v = rs.getString(1);
                c.commit();
                return v;
            }
        }
    }

    private static void tenant(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
        }
    }
}
