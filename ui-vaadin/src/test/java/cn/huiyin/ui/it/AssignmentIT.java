package cn.huiyin.ui.it;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.Keys;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static cn.huiyin.ui.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assignment against the real WAR, Keycloak and PostgreSQL: co-handling (the lead's reply waits for
 * every co-handler's sign-off or oversight's waiver; the co-handler sees only its restricted view),
 * reassignment across agencies approved and rejected, the reassignment window, assignment inside the
 * agency, and a co-handler signing its opinion off in the browser. Works on items of its own
 * (inserted as the owner, deleted afterwards with every row hanging off them).
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentIT {

    static final String PSB = "zhangdian-psb";
    static final String EDU = "zhangdian-edu";
    static final Map<String, List<Long>> CREATED = new ConcurrentHashMap<>();

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
        String all = CREATED.values().stream().flatMap(List::stream).map(String::valueOf).collect(Collectors.joining(","));
        if (all.isEmpty()) {
            return;
        }
        try (Connection c = Db.owner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // row-level security binds the owner too: each agency's rows are deleted as that agency
            for (String tenant : List.of(PSB, EDU)) {
                s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
                s.executeUpdate("delete from proposal_cohandling where tenant_id = '" + tenant + "' and lead_item_id in (" + all + ")");
                String mine = CREATED.getOrDefault(tenant, List.of()).stream().map(String::valueOf).collect(Collectors.joining(","));
                if (!mine.isEmpty()) {
                    for (String table : List.of("proposal_handling_member", "proposal_item_history", "proposal_deadline", "proposal_reply")) {
                        s.executeUpdate("delete from " + table + " where item_id in (" + mine + ")");
                    }
                    s.executeUpdate("delete from proposal_item where id in (" + mine + ")");
                }
            }
            c.commit();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private JsonObject item(long id, String user) {
        return ok(call(base, "GET", "api/v1/proposals/items/" + id, user, null));
    }

    private long version(long id) {
        return item(id, "psb-leader").getJsonNumber("version").longValue();
    }

    private HttpResponse<String> take(long id, String user, String action, String reason, long version) {
        String body = "{\"action\": \"" + action + "\", " + (reason == null ? "" : "\"reason\": \"" + reason + "\", ")
                + "\"version\": " + version + "}";
        return call(base, "POST", "api/v1/proposals/items/" + id + "/transitions", user, body);
    }

    private List<JsonObject> history(long id, String user) {
        return okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/history", user, null)).getValuesAs(JsonObject.class);
    }

    private HttpResponse<String> addCoHandlers(String user, String lead, long id, String body) {
        return call(base, "POST", "api/v1/proposals/oversight/cohandling/agencies/" + lead + "/items/" + id, user, body);
    }

    private JsonObject coHandled(String user, long leadItem) {
        return okArray(call(base, "GET", "api/v1/proposals/cohandling", user, null)).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id") != null && r.getString("leadAgency").equals(PSB)
                        && r.getString("title").equals(titleOf(leadItem)))
                .findFirst().orElseThrow(() -> new AssertionError("no co-handled row for item " + leadItem));
    }

    private static final Map<Long, String> TITLES = new ConcurrentHashMap<>();

    private static String titleOf(long id) {
        return TITLES.get(id);
    }

    private List<JsonObject> coHandlersSeenByLead(long id) {
        return ok(call(base, "GET", "api/v1/proposals/items/" + id + "/assignment", "psb-leader", null))
                .getJsonArray("coHandlers").getValuesAs(JsonObject.class);
    }

    // ---- co-handling ---------------------------------------------------------------------------------

    @Test
    @Order(1)
    void theLeadsReplyWaitsUntilTheCoHandlerSignedOffAndTheCoHandlerSeesOnlyItsRestrictedView() throws SQLException {
        long id = newItem(PSB, "建议第9101号", "under_review", LocalDate.now());
        // oversight of another district does not find the item; the lead cannot co-handle itself
        problem(addCoHandlers("zc-oversight", PSB, id, "{\"agencies\": [\"" + EDU + "\"]}"), 404, "not-found");
        problem(addCoHandlers("zd-oversight", PSB, id, "{\"agencies\": [\"" + PSB + "\"]}"), 400, "lead-cannot-cohandle");
        problem(addCoHandlers("zd-oversight", PSB, id, "{\"agencies\": []}"), 400, "validation");
        problem(addCoHandlers("psb-leader", PSB, id, "{\"agencies\": [\"" + EDU + "\"]}"), 403, "forbidden");
        List<JsonObject> co = okArray(addCoHandlers("zd-oversight", PSB, id, "{\"agencies\": [\"" + EDU + "\"]}")).getValuesAs(JsonObject.class);
        assertThat(co).singleElement().satisfies(c -> {
            assertThat(c.getString("agency")).isEqualTo(EDU);
            assertThat(c.getString("status")).isEqualTo("open");
            assertThat(c.getString("dueOn")).isEqualTo(LocalDate.now().plusMonths(1).toString());
        });
        long version = version(id);

        // the reply cannot be sent: 409, nothing changed
        problem(take(id, "psb-leader", "approve_reply", null, version), 409, "cohandling-pending");
        assertThat(item(id, "psb-leader").getString("state")).isEqualTo("under_review");
        assertThat(version(id)).isEqualTo(version);

        // the co-handler: its restricted view, and nothing of the lead's item
        JsonObject row = coHandled("edu-handler", id);
        long rowId = row.getJsonNumber("id").longValue();
        long rowVersion = row.getJsonNumber("version").longValue();
        assertThat(row.getString("number")).isEqualTo("建议第9101号");
        assertThat(row.getString("body")).isEqualTo("用于测试交办的建议。");
        assertThat(row.getString("proposer")).isEqualTo("测试代表");
        assertThat(row.keySet()).doesNotContain("state", "handler", "leader", "history", "availableActions");
        for (String path : List.of("", "/history", "/assignment")) {
            problem(call(base, "GET", "api/v1/proposals/items/" + id + path, "edu-leader", null), 404, "not-found");
        }
        // and the lead cannot touch the co-handler's row
        problem(call(base, "GET", "api/v1/proposals/cohandling/" + rowId, "psb-leader", null), 404, "not-found");
        problem(call(base, "PUT", "api/v1/proposals/cohandling/" + rowId + "/opinion", "psb-leader",
                "{\"opinion\": \"主办代写\", \"version\": 0}"), 404, "not-found");

        // opinion by the handler, sign-off by the leader only
        problem(call(base, "POST", "api/v1/proposals/cohandling/" + rowId + "/sign-off", "edu-handler", "{\"version\": 0}"), 403, "forbidden");
        problem(call(base, "POST", "api/v1/proposals/cohandling/" + rowId + "/sign-off", "edu-leader", "{\"version\": " + rowVersion + "}"),
                409, "opinion-missing");
        JsonObject written = ok(call(base, "PUT", "api/v1/proposals/cohandling/" + rowId + "/opinion", "edu-handler",
                "{\"opinion\": \"同意主办单位意见，教育局配合做好校园周边宣传。\", \"version\": " + rowVersion + "}"));
        // a sign-off based on the version before the opinion is stale
        problem(call(base, "POST", "api/v1/proposals/cohandling/" + rowId + "/sign-off", "edu-leader", "{\"version\": " + rowVersion + "}"),
                409, "stale-version");
        JsonObject signed = ok(call(base, "POST", "api/v1/proposals/cohandling/" + rowId + "/sign-off", "edu-leader",
                "{\"version\": " + written.getJsonNumber("version").longValue() + "}"));
        assertThat(signed.getString("status")).isEqualTo("signed_off");
        assertThat(signed.getString("signedOffBy")).isEqualTo("edu-leader");

        // the lead reads the opinion and may now send its reply
        assertThat(coHandlersSeenByLead(id)).singleElement().satisfies(c -> {
            assertThat(c.getString("status")).isEqualTo("signed_off");
            assertThat(c.getString("opinion")).startsWith("同意主办单位意见");
        });
        JsonObject replied = ok(take(id, "psb-leader", "approve_reply", null, version));
        assertThat(replied.getString("state")).isEqualTo("replied");
        assertThat(history(id, "psb-leader")).extracting(h -> h.getString("action")).containsExactly("assign_cohandlers", "approve_reply");
    }

    @Test
    @Order(2)
    void oversightWaivesAnOpenOpinionWithAReasonAndTheReplyGoesOut() throws SQLException {
        long id = newItem(PSB, "建议第9102号", "under_review", LocalDate.now());
        okArray(addCoHandlers("zd-oversight", PSB, id, "{\"agencies\": [\"" + EDU + "\"], \"dueOn\": \"" + LocalDate.now().plusDays(10) + "\"}"));
        assertThat(coHandlersSeenByLead(id)).singleElement()
                .satisfies(c -> assertThat(c.getString("dueOn")).isEqualTo(LocalDate.now().plusDays(10).toString()));
        String waiver = "api/v1/proposals/oversight/cohandling/agencies/" + PSB + "/items/" + id + "/cohandlers/" + EDU + "/waiver";
        problem(call(base, "POST", waiver, "zd-oversight", "{\"reason\": \" \"}"), 400, "validation");
        problem(call(base, "POST", waiver, "zc-oversight", "{\"reason\": \"职能调整\"}"), 404, "not-found");
        problem(call(base, "POST", waiver, "psb-leader", "{\"reason\": \"职能调整\"}"), 403, "forbidden");
        problem(take(id, "psb-leader", "approve_reply", null, version(id)), 409, "cohandling-pending");

        List<JsonObject> co = okArray(call(base, "POST", waiver, "zd-oversight", "{\"reason\": \"教育局职能已调整\"}")).getValuesAs(JsonObject.class);
        assertThat(co).singleElement().satisfies(c -> {
            assertThat(c.getString("status")).isEqualTo("waived");
            assertThat(c.getString("waiverReason")).isEqualTo("教育局职能已调整");
        });
        problem(call(base, "POST", waiver, "zd-oversight", "{\"reason\": \"再次免除\"}"), 409, "cohandling-closed");
        assertThat(ok(take(id, "psb-leader", "approve_reply", null, version(id))).getString("state")).isEqualTo("replied");
        assertThat(history(id, "psb-leader")).extracting(h -> h.getString("action"))
                .containsExactly("assign_cohandlers", "waive_cohandling", "approve_reply");
    }

    // ---- reassignment --------------------------------------------------------------------------------

    @Test
    @Order(3)
    void anApprovedReassignmentEndsTheItemAndStartsANewOneInTheNewLeadAgency() throws SQLException {
        long id = newItem(PSB, "建议第9103号", "assigned", LocalDate.now());
        JsonObject requested = ok(take(id, "psb-leader", "request_reassignment", "属于教育部门职责", 0));
        assertThat(requested.getString("state")).isEqualTo("reassignment_requested");
        long version = requested.getJsonNumber("version").longValue();

        JsonObject pending = okArray(call(base, "GET", "api/v1/proposals/oversight/reassignments", "zd-oversight", null))
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("itemId").longValue() == id).findFirst().orElseThrow();
        assertThat(pending.getString("agency")).isEqualTo(PSB);
        assertThat(pending.getString("reason")).isEqualTo("属于教育部门职责");
        assertThat(pending.getString("requestedBy")).isEqualTo("psb-leader");
        assertThat(okArray(call(base, "GET", "api/v1/proposals/oversight/reassignments", "zc-oversight", null)).getValuesAs(JsonObject.class))
                .noneMatch(p -> p.getJsonNumber("itemId").longValue() == id);

        String approval = "api/v1/proposals/oversight/reassignments/" + PSB + "/" + id + "/approval";
        problem(call(base, "POST", approval, "zd-oversight", "{\"newAgency\": \"zichuan-psb\", \"version\": " + version + "}"), 404, "not-found");
        problem(call(base, "POST", approval, "zd-oversight", "{\"newAgency\": \"" + PSB + "\", \"version\": " + version + "}"), 400, "same-agency");
        problem(call(base, "POST", approval, "zd-oversight", "{\"newAgency\": \"" + EDU + "\", \"version\": " + (version + 5) + "}"), 409, "stale-version");
        problem(call(base, "POST", approval, "zc-oversight", "{\"newAgency\": \"" + EDU + "\", \"version\": " + version + "}"), 404, "not-found");
        problem(call(base, "POST", approval, "psb-leader", "{\"newAgency\": \"" + EDU + "\", \"version\": " + version + "}"), 403, "forbidden");
        assertThat(item(id, "psb-leader").getString("state")).isEqualTo("reassignment_requested");

        JsonObject successor = ok(call(base, "POST", approval, "zd-oversight", "{\"newAgency\": \"" + EDU + "\", \"version\": " + version + "}"));
        long newId = successor.getJsonNumber("id").longValue();
        CREATED.computeIfAbsent(EDU, t -> new CopyOnWriteArrayList<>()).add(newId);
        assertThat(successor.getString("state")).isEqualTo("assigned");
        assertThat(successor.getString("reassignedFromAgency")).isEqualTo(PSB);
        assertThat(successor.getJsonNumber("reassignedFromItem").longValue()).isEqualTo(id);

        // the old item: ended, linked to its successor, history says so
        assertThat(item(id, "psb-leader").getString("state")).isEqualTo("reassigned_away");
        assertThat(item(id, "psb-leader").getJsonArray("availableActions")).isEmpty();
        assertThat(history(id, "psb-leader")).extracting(h -> h.getString("action") + " " + h.getString("to"))
                .containsExactly("request_reassignment reassignment_requested", "approve_reassignment reassigned_away");
        // the new item belongs to edu now, assigned today, with its own history; psb does not see it
        JsonObject arrived = item(newId, "edu-leader");
        assertThat(arrived.getString("state")).isEqualTo("assigned");
        assertThat(arrived.getString("assignedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(arrived.getString("number")).isEqualTo("建议第9103号");
        assertThat(history(newId, "edu-leader")).singleElement().satisfies(h -> {
            assertThat(h.getString("action")).isEqualTo("reassigned_in");
            assertThat(h.getString("reason")).contains(PSB, "属于教育部门职责");
        });
        problem(call(base, "GET", "api/v1/proposals/items/" + newId, "psb-leader", null), 404, "not-found");
        // both point at each other
        JsonObject oldLinks = ok(call(base, "GET", "api/v1/proposals/items/" + id + "/assignment", "psb-leader", null));
        assertThat(oldLinks.getString("reassignedToAgency")).isEqualTo(EDU);
        assertThat(oldLinks.getJsonNumber("reassignedToItem").longValue()).isEqualTo(newId);
        JsonObject newLinks = ok(call(base, "GET", "api/v1/proposals/items/" + newId + "/assignment", "edu-leader", null));
        assertThat(newLinks.getString("reassignedFromAgency")).isEqualTo(PSB);
        assertThat(newLinks.getJsonNumber("reassignedFromItem").longValue()).isEqualTo(id);
        assertThat(okArray(call(base, "GET", "api/v1/proposals/oversight/reassignments", "zd-oversight", null)).getValuesAs(JsonObject.class))
                .noneMatch(p -> p.getJsonNumber("itemId").longValue() == id);
    }

    @Test
    @Order(4)
    void aRejectedReassignmentNeedsAReasonAndPutsTheItemBackToAssigned() throws SQLException {
        long id = newItem(PSB, "建议第9104号", "assigned", LocalDate.now());
        long version = ok(take(id, "psb-leader", "request_reassignment", "不属于本单位职责", 0)).getJsonNumber("version").longValue();
        String rejection = "api/v1/proposals/oversight/reassignments/" + PSB + "/" + id + "/rejection";
        problem(call(base, "POST", rejection, "zd-oversight", "{\"reason\": \"\", \"version\": " + version + "}"), 400, "validation");
        JsonObject back = ok(call(base, "POST", rejection, "zd-oversight", "{\"reason\": \"属于公安分局职责\", \"version\": " + version + "}"));
        assertThat(back.getString("state")).isEqualTo("assigned");
        assertThat(history(id, "psb-leader")).last().satisfies(h -> {
            assertThat(h.getString("action")).isEqualTo("reject_reassignment");
            assertThat(h.getString("actor")).isEqualTo("zd-oversight");
            assertThat(h.getString("reason")).isEqualTo("属于公安分局职责");
        });
    }

    @Test
    @Order(5)
    void aReassignmentRequestedAfterTheWindowIsRefusedAndChangesNothing() throws SQLException {
        long id = newItem(PSB, "建议第9105号", "assigned", LocalDate.now().minusDays(30));
        problem(take(id, "psb-leader", "request_reassignment", "不属于本单位职责", 0), 409, "reassignment-window-closed");
        JsonObject i = item(id, "psb-leader");
        assertThat(i.getString("state")).isEqualTo("assigned");
        assertThat(i.getJsonNumber("version").longValue()).isZero();
        assertThat(history(id, "psb-leader")).isEmpty();
    }

    // ---- inside the agency ---------------------------------------------------------------------------

    @Test
    @Order(6)
    void theLeaderAssignsALeaderUnitHandlerAndHandlingGroupInsideTheAgency() throws SQLException {
        long id = newItem(PSB, "建议第9106号", "acknowledged", LocalDate.now());
        JsonObject options = ok(call(base, "GET", "api/v1/proposals/assignment-options", "psb-leader", null));
        List<JsonObject> people = options.getJsonArray("people").getValuesAs(JsonObject.class);
        assertThat(people).anySatisfy(p -> {
            assertThat(p.getString("username")).isEqualTo("psb-leader");
            assertThat(p.getString("role")).isEqualTo("leader");
        });
        assertThat(people).extracting(p -> p.getString("username")).contains("psb-handler", "psb-supervisor").doesNotContain("edu-handler");
        long unit = options.getJsonArray("units").getJsonObject(0).getJsonNumber("id").longValue();
        String path = "api/v1/proposals/items/" + id + "/assignment";
        String body = "{\"leader\": \"psb-leader\", \"unitId\": " + unit + ", \"handler\": \"psb-handler\", "
                + "\"group\": [\"psb-supervisor\", \"psb-leader\"], \"version\": 0}";

        problem(call(base, "PUT", path, "psb-handler", body), 403, "forbidden");
        problem(call(base, "PUT", path, "edu-leader", body), 404, "not-found");
        problem(call(base, "PUT", path, "psb-leader", body.replace("\"leader\": \"psb-leader\"", "\"leader\": \"psb-handler\"")), 400, "not-a-leader");
        problem(call(base, "PUT", path, "psb-leader", body.replace("\"handler\": \"psb-handler\"", "\"handler\": \"edu-handler\"")), 400, "not-a-member");
        problem(call(base, "PUT", path, "psb-leader", body.replace("\"version\": 0", "\"version\": 3")), 409, "stale-version");
        assertThat(history(id, "psb-leader")).isEmpty();

        JsonObject set = ok(call(base, "PUT", path, "psb-leader", body));
        assertThat(set.getString("leader")).isEqualTo("psb-leader");
        assertThat(set.getString("handler")).isEqualTo("psb-handler");
        assertThat(set.getJsonNumber("unitId").longValue()).isEqualTo(unit);
        // the leader heads the group and is not listed as a member
        assertThat(set.getJsonArray("group").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("psb-supervisor");
        assertThat(set.getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(item(id, "psb-handler").getJsonNumber("version").longValue()).isEqualTo(1);

        // reassigning inside the agency: another handler, the group emptied
        JsonObject changed = ok(call(base, "PUT", path, "psb-admin", "{\"leader\": \"psb-leader\", \"unitId\": " + unit
                + ", \"handler\": \"psb-supervisor\", \"group\": [], \"version\": 1}"));
        assertThat(changed.getString("handler")).isEqualTo("psb-supervisor");
        assertThat(changed.getJsonArray("group")).isEmpty();
        assertThat(history(id, "psb-leader")).extracting(h -> h.getString("action") + " " + h.getString("actor"))
                .containsExactly("assign_inside psb-leader", "assign_inside psb-admin");
        assertThat(history(id, "psb-leader")).allSatisfy(h -> assertThat(h.getString("from")).isEqualTo("acknowledged"));
        assertThat(okArray(call(base, "GET", "api/v1/audit?size=200", "psb-admin", null)).getValuesAs(JsonObject.class))
                .filteredOn(a -> ("item:" + id).equals(a.getString("subject", null)))
                .extracting(a -> a.getString("action")).containsExactly("item.assign_inside", "item.assign_inside");
    }

    // ---- the co-handler's page -----------------------------------------------------------------------

    @Test
    @Order(50)
    void eduLeaderWritesAndSignsOffTheCoHandlingOpinionOnItsPage() throws Exception {
        long id = newItem(PSB, "建议第9150号", "in_handling", LocalDate.now());
        okArray(addCoHandlers("zd-oversight", PSB, id, "{\"agencies\": [\"" + EDU + "\"]}"));
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("edu-leader", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("proposals-cohandling").toString());
                browser.awaitText(By.id("cohandling-grid"), "建议第9150号");
                browser.await(By.xpath("//vaadin-grid-cell-content[contains(., '测试交办建议第9150号')]")).click();
                browser.awaitText(By.id("cohandling-title"), "建议第9150号");
                browser.awaitText(By.id("cohandling-status"), "待签署");
                WebElement opinion = browser.await(By.cssSelector("#cohandling-opinion textarea"));
                opinion.sendKeys("教育局同意主办单位意见，配合开展校园交通安全教育。");
                opinion.sendKeys(Keys.TAB);
                browser.await(By.id("cohandling-sign-off")).click();
                browser.awaitText(By.id("cohandling-status"), "已签署");
                browser.screenshot(Path.of("target/it/cohandling-signed-off.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/cohandling-failure.png"));
                throw t;
            }
        }
        assertThat(coHandlersSeenByLead(id)).singleElement().satisfies(c -> {
            assertThat(c.getString("status")).isEqualTo("signed_off");
            assertThat(c.getString("signedOffBy")).isEqualTo("edu-leader");
            assertThat(c.getString("opinion")).isEqualTo("教育局同意主办单位意见，配合开展校园交通安全教育。");
        });
    }

    @Test
    @Order(51)
    void oversightApprovesAReassignmentOnItsDeskChoosingTheNewLeadAgency() throws Exception {
        long id = newItem(PSB, "建议第9151号", "assigned", LocalDate.now());
        ok(take(id, "psb-leader", "request_reassignment", "应由教育局主办", 0));
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("zd-oversight", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("proposals-assignment").toString());
                browser.awaitText(By.id("reassignment-grid"), "应由教育局主办");
                browser.await(By.xpath("//vaadin-grid-cell-content[contains(., '测试交办建议第9151号')]")).click();
                browser.await(By.cssSelector("#reassignment-new-agency input")).sendKeys("张店区教育局");
                browser.await(By.cssSelector("vaadin-combo-box-item")).click();
                browser.await(By.id("reassignment-approve")).click();
                browser.awaitText(By.tagName("vaadin-notification-card"), "已完成");
                browser.screenshot(Path.of("target/it/reassignment-approved.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/reassignment-failure.png"));
                throw t;
            } finally {
                // the successor (if any) is removed with the other items
                JsonObject links = ok(call(base, "GET", "api/v1/proposals/items/" + id + "/assignment", "psb-leader", null));
                if (links.containsKey("reassignedToItem")) {
                    CREATED.computeIfAbsent(EDU, t -> new CopyOnWriteArrayList<>()).add(links.getJsonNumber("reassignedToItem").longValue());
                }
            }
        }
        assertThat(item(id, "psb-leader").getString("state")).isEqualTo("reassigned_away");
        JsonObject links = ok(call(base, "GET", "api/v1/proposals/items/" + id + "/assignment", "psb-leader", null));
        assertThat(links.getString("reassignedToAgency")).isEqualTo(EDU);
        JsonObject arrived = item(links.getJsonNumber("reassignedToItem").longValue(), "edu-leader");
        assertThat(arrived.getString("state")).isEqualTo("assigned");
        assertThat(arrived.getString("number")).isEqualTo("建议第9151号");
    }

    @Test
    @Order(52)
    void psbLeaderNamesTheHandlerOnTheItemPage() throws Exception {
        long id = newItem(PSB, "建议第9152号", "acknowledged", LocalDate.now());
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-leader", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("proposals/" + id).toString());
                browser.awaitText(By.id("item-assignment"), "交办与分工");
                browser.await(By.cssSelector("#assignment-handler input")).sendKeys("psb-handler");
                browser.await(By.cssSelector("vaadin-combo-box-item")).click();
                browser.await(By.id("assignment-save")).click();
                browser.awaitText(By.tagName("vaadin-notification-card"), "分工已保存");
                browser.awaitText(By.id("item-history"), "指定办理人员");
                browser.screenshot(Path.of("target/it/handler-assigned.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/handler-failure.png"));
                throw t;
            }
        }
        JsonObject a = ok(call(base, "GET", "api/v1/proposals/items/" + id + "/assignment", "psb-handler", null));
        assertThat(a.getString("handler")).isEqualTo("psb-handler");
        assertThat(a.getJsonNumber("version").longValue()).isEqualTo(1);
        assertThat(history(id, "psb-leader")).singleElement().satisfies(h -> {
            assertThat(h.getString("action")).isEqualTo("assign_inside");
            assertThat(h.getString("actor")).isEqualTo("psb-leader");
        });
    }

    // ---- database helpers ---------------------------------------------------------------------------

    /** A new item of {@code tenant}, inserted as the owner with the tenant set (row-level security binds the owner too). */
    static long newItem(String tenant, String number, String state, LocalDate assignedOn) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_item (tenant_id, kind, session, number, title, body, "
                    + "proposer, category, key_item, state, assigned_on) values (?, 'suggestion', '2099年交办测试', ?, ?, ?, '测试代表', "
                    + "'traffic', false, ?, ?) returning id")) {
                ps.setString(1, tenant);
                ps.setString(2, number);
                ps.setString(3, "测试交办" + number);
                ps.setString(4, "用于测试交办的建议。");
                ps.setString(5, state);
                ps.setObject(6, assignedOn);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    if (state.equals("under_review")) {
                        // what is under review is a submitted reply (reply slice): approval needs one
                        try (Statement s = c.createStatement()) {
                            s.executeUpdate("insert into proposal_reply (tenant_id, item_id, round, outcome, body, status, drafted_by) values ('"
                                    + tenant + "', " + id + ", 1, 'A', '已按建议办理。', 'submitted', 'psb-handler')");
                        }
                    }
                    c.commit();
                    CREATED.computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>()).add(id);
                    TITLES.put(id, "测试交办" + number);
                    return id;
                }
            }
        }
    }
}
