package cn.huiyin.ui.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.openqa.selenium.Keys;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static cn.huiyin.ui.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item list's filters, text search (Chinese, two characters and longer), sort and paging,
 * refusals, saved filters per person, the inbox's order and the list page in the browser, against
 * the real WAR and PostgreSQL. Its items live in a session of their own (plus one in the edu
 * agency that psb must never see), inserted as the owner and deleted afterwards.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ItemSearchIT {

    static final String PSB = "zhangdian-psb";
    static final String EDU = "zhangdian-edu";
    static final String SESSION = "2098年检索测试";
    static final String S = "session=" + enc(SESSION);
    static final LocalDate TODAY = LocalDate.now();
    static final List<Long> PSB_ITEMS = new ArrayList<>();
    static final List<Long> EDU_ITEMS = new ArrayList<>();
    static long unit;
    static long a, b, c, d, e;

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

    @BeforeAll
    static void items() throws SQLException {
        unit = unit("检索测试科");
        a = item(PSB, "suggestion", "检索第0001号", "关于改善城区交通信号配时的建议", "部分路口红灯时间过长。", "李检索", "traffic", true,
                "in_handling", "2098-01-10", "psb-handler", "psb-leader", unit, null, null);
        b = item(PSB, "proposal", "检索第0002号", "关于加强学校食堂食品安全监管的提案", "建议定期抽检，公开结果。TRAFFIC-free。", "周检索",
                "education", false, "replied", "2098-01-11", "other-handler", null, null, "B", null);
        c = item(PSB, "suggestion", "检索第0003号", "关于电动自行车停车管理的建议", "小区门口乱停放，造成交通拥堵。", "吴检索", "traffic", false,
                "feedback_given", "2098-01-12", "psb-handler", null, null, "A", "unsatisfied");
        d = item(PSB, "proposal", "检索第0004号", "关于社区养老服务的提案", "增加日间照料中心。", "王交", "social_governance", false,
                "reply_drafted", "2098-01-12", "psb-handler", null, null, null, null);
        e = item(EDU, "suggestion", "检索第0005号", "关于交通安全教育进校园的建议", "交通安全课纳入课程。", "郑检索", "education", false,
                "in_handling", "2098-01-10", "edu-handler", null, null, null, null);
        deadline(PSB, a, "reply", TODAY.minusDays(2), false);             // overdue
        deadline(PSB, b, "feedback", TODAY.plusDays(2), false);           // due soon
        deadline(PSB, b, "reply", TODAY.minusDays(30), true);             // met long ago: not overdue
        deadline(PSB, d, "reply", TODAY.plusDays(10), false);
        deadline(EDU, e, "reply", TODAY.minusDays(5), false);
    }

    @AfterAll
    static void removeOwnData() throws SQLException {
        clean(PSB, PSB_ITEMS);
        clean(EDU, EDU_ITEMS);
        try (Connection conn = Db.owner(); Statement s = conn.createStatement()) {
            conn.setAutoCommit(false);
            s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
            s.executeUpdate("delete from proposal_saved_filter where name like '检索测试%'");
            s.executeUpdate("delete from platform_unit where id = " + unit);
            conn.commit();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private JsonObject list(String user, String query) {
        return ok(call(base, "GET", "api/v1/proposals/items?" + query, user, null));
    }

    private List<Long> ids(String user, String query) {
        return list(user, query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private JsonObject view(long id, String query) {
        return list("psb-handler", query).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- filters ------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void eachFilterNarrowsTheListAndAnotherAgencysItemsNeverAppear() {
        assertThat(ids("psb-handler", S)).containsExactlyInAnyOrder(a, b, c, d);
        assertThat(ids("psb-handler", S + "&state=in_handling")).containsExactly(a);
        assertThat(ids("psb-handler", S + "&state=replied,feedback_given")).containsExactlyInAnyOrder(b, c);
        assertThat(ids("psb-handler", S + "&kind=proposal")).containsExactlyInAnyOrder(b, d);
        assertThat(ids("psb-handler", S + "&category=traffic")).containsExactlyInAnyOrder(a, c);
        assertThat(ids("psb-handler", S + "&unit=" + unit)).containsExactly(a);
        assertThat(ids("psb-handler", S + "&handler=psb-handler")).containsExactlyInAnyOrder(a, c, d);
        assertThat(ids("psb-handler", S + "&overdue=true")).containsExactly(a);
        assertThat(ids("psb-handler", S + "&overdue=false")).containsExactlyInAnyOrder(b, c, d);
        assertThat(ids("psb-handler", S + "&key=true")).containsExactly(a);
        assertThat(ids("psb-handler", S + "&outcome=B")).containsExactly(b);
        assertThat(ids("psb-handler", S + "&rating=unsatisfied")).containsExactly(c);
        assertThat(ids("psb-handler", S + "&category=traffic&handler=psb-handler&overdue=false")).containsExactly(c);
        // the edu item matches most of these, yet psb never sees it; edu sees only its own
        assertThat(ids("edu-handler", S)).containsExactly(e);
        assertThat(ids("edu-handler", S + "&overdue=true")).containsExactly(e);
    }

    @Test
    @Order(2)
    void chineseTextIsFoundFromTwoCharactersUpInTitleBodyProposerAndNumber() {
        assertThat(ids("psb-handler", S + "&q=" + enc("交通"))).containsExactlyInAnyOrder(a, c);        // title, body
        assertThat(ids("psb-handler", S + "&q=" + enc("王交"))).containsExactly(d);                     // proposer, 2 chars
        assertThat(ids("psb-handler", S + "&q=" + enc("食品安全"))).containsExactly(b);                  // 4 chars: trigrams
        assertThat(ids("psb-handler", S + "&q=" + enc("交通拥堵"))).containsExactly(c);
        assertThat(ids("psb-handler", S + "&q=" + enc("检索第0003号"))).containsExactly(c);              // number
        assertThat(ids("psb-handler", S + "&q=" + enc("交"))).containsExactlyInAnyOrder(a, c, d);       // 1 char: scan
        assertThat(ids("psb-handler", S + "&q=" + enc("traffic"))).containsExactly(b);                  // case-insensitive
        assertThat(ids("psb-handler", S + "&q=" + enc("停车 交通"))).containsExactly(c);                  // every term
        assertThat(ids("psb-handler", S + "&q=" + enc("100%"))).isEmpty();                              // % is literal
        assertThat(ids("psb-handler", S + "&q=" + enc("航天"))).isEmpty();
        // across the agency: the demo item about 交通秩序 too, never edu's 交通安全教育
        List<Long> all = ids("psb-handler", "size=100&q=" + enc("交通"));
        assertThat(all).contains(a, c).doesNotContain(e);
        assertThat(list("psb-handler", "size=100&q=" + enc("交通")).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("title")).anySatisfy(t -> assertThat(t).contains("交通秩序"));
        assertThat(ids("edu-handler", "size=100&q=" + enc("交通"))).contains(e).doesNotContain(a, c);
    }

    @Test
    @Order(3)
    void theItemViewCarriesHandlerUnitDeadlineUrgencyOutcomeAndRating() {
        JsonObject va = view(a, S);
        assertThat(va.getString("handler")).isEqualTo("psb-handler");
        assertThat(va.getString("leader")).isEqualTo("psb-leader");
        assertThat(va.getJsonNumber("unitId").longValue()).isEqualTo(unit);
        assertThat(va.getString("unitName")).isEqualTo("检索测试科");
        assertThat(va.getString("nextDeadline")).isEqualTo(TODAY.minusDays(2).toString());
        assertThat(va.getBoolean("overdue")).isTrue();
        assertThat(va.getString("urgency")).isEqualTo("overdue");
        JsonObject vb = view(b, S);
        assertThat(vb.getString("nextDeadline")).isEqualTo(TODAY.plusDays(2).toString());
        assertThat(vb.getBoolean("overdue")).isFalse();
        assertThat(vb.getString("urgency")).isEqualTo("due_soon");
        assertThat(vb.getString("outcome")).isEqualTo("B");
        assertThat(view(d, S).getString("urgency")).isEqualTo("open");
        JsonObject vc = view(c, S);
        assertThat(vc.getOrDefault("nextDeadline", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        assertThat(vc.getOrDefault("urgency", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
        assertThat(vc.getString("rating")).isEqualTo("unsatisfied");
        // the single item answers the same facts
        JsonObject one = ok(call(base, "GET", "api/v1/proposals/items/" + a, "psb-handler", null));
        assertThat(one.getString("urgency")).isEqualTo("overdue");
        assertThat(one.getString("unitName")).isEqualTo("检索测试科");
    }

    // ---- sort and paging ----------------------------------------------------------------------------

    @Test
    @Order(4)
    void sortsAreStableAndPagesDoNotOverlap() {
        assertThat(ids("psb-handler", S)).containsExactly(d, c, b, a);                 // newest assignment, then id
        assertThat(ids("psb-handler", S + "&sort=assigned&dir=asc")).containsExactly(a, b, c, d);
        assertThat(ids("psb-handler", S + "&sort=deadline")).containsExactly(a, b, d, c); // none last
        assertThat(ids("psb-handler", S + "&sort=number")).containsExactly(a, b, c, d);
        assertThat(ids("psb-handler", S + "&sort=number&dir=desc")).containsExactly(d, c, b, a);
        assertThat(ids("psb-handler", S + "&sort=state")).containsExactly(a, d, b, c);   // workflow order
        JsonObject first = list("psb-handler", S + "&size=3&page=0");
        JsonObject second = list("psb-handler", S + "&size=3&page=1");
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(ids("psb-handler", S + "&size=3&page=0")).containsExactly(d, c, b);
        assertThat(ids("psb-handler", S + "&size=3&page=1")).containsExactly(a);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(ids("psb-handler", S + "&size=3&page=2")).isEmpty();
    }

    // ---- refusals -----------------------------------------------------------------------------------

    @Test
    @Order(5)
    void badParametersAre400AndChangeNothing() {
        problem(call(base, "GET", "api/v1/proposals/items?state=flying", "psb-handler", null), 400, "bad-filter");
        problem(call(base, "GET", "api/v1/proposals/items?colour=red", "psb-handler", null), 400, "bad-filter");
        problem(call(base, "GET", "api/v1/proposals/items?sort=title", "psb-handler", null), 400, "bad-filter");
        problem(call(base, "GET", "api/v1/proposals/items?overdue=maybe&outcome=D", "psb-handler", null), 400, "bad-filter");
        problem(call(base, "GET", "api/v1/proposals/items?q=" + enc("交".repeat(101)), "psb-handler", null), 400, "bad-filter");
        JsonObject p = problem(call(base, "GET", "api/v1/proposals/items?size=0", "psb-handler", null), 400, "validation");
        assertThat(p.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(x -> x.getString("field")).contains("size");
        problem(call(base, "GET", "api/v1/proposals/inbox?size=500", "psb-handler", null), 400, "validation");
        problem(call(base, "GET", "api/v1/proposals/items", "deputy-li", null), 403, "forbidden");
        problem(call(base, "GET", "api/v1/proposals/inbox", "platform-admin", null), 403, "forbidden");

        // saving a bad filter stores nothing
        problem(call(base, "POST", "api/v1/proposals/saved-filters", "psb-handler", "{\"name\": \"检索测试坏\", \"query\": \"state=flying\"}"),
                400, "bad-filter");
        problem(call(base, "POST", "api/v1/proposals/saved-filters", "psb-handler", "{\"name\": \"  \", \"query\": \"\"}"), 400, "bad-name");
        assertThat(mine("psb-handler")).noneMatch(f -> f.getString("name").startsWith("检索测试坏"));
    }

    @Test
    @Order(6)
    void keyFlagsNeedTheVersionsSeenAndAStaleOneChangesNothing() {
        long va = view(a, S).getJsonNumber("version").longValue();
        long vb = view(b, S).getJsonNumber("version").longValue();
        problem(call(base, "POST", "api/v1/proposals/items/key-flags", "psb-leader",
                "{\"items\": [{\"id\": " + a + ", \"version\": " + va + "}, {\"id\": " + b + ", \"version\": " + (vb + 7) + "}], \"key\": false}"),
                409, "stale-version");
        assertThat(view(a, S).getBoolean("keyItem")).isTrue();
        assertThat(view(a, S).getJsonNumber("version").longValue()).isEqualTo(va);
        problem(call(base, "POST", "api/v1/proposals/items/key-flags", "psb-leader", "{\"ids\": [" + a + "], \"key\": false}"),
                400, "validation");

        JsonObject done = ok(call(base, "POST", "api/v1/proposals/items/key-flags", "psb-leader",
                "{\"items\": [{\"id\": " + b + ", \"version\": " + vb + "}, {\"id\": " + e + ", \"version\": 0}], \"key\": true}"));
        assertThat(done.getInt("updated")).isEqualTo(1); // edu's item: untouched, like a missing one
        assertThat(view(b, S).getBoolean("keyItem")).isTrue();
        assertThat(view(b, S).getJsonNumber("version").longValue()).isEqualTo(vb + 1);
        assertThat(ids("psb-handler", S + "&key=true")).containsExactlyInAnyOrder(a, b);
        ok(call(base, "POST", "api/v1/proposals/items/key-flags", "psb-leader",
                "{\"items\": [{\"id\": " + b + ", \"version\": " + (vb + 1) + "}], \"key\": false}"));
        assertThat(ids("psb-handler", S + "&key=true")).containsExactly(a);
    }

    // ---- saved filters ------------------------------------------------------------------------------

    private List<JsonObject> mine(String user) {
        return okArray(call(base, "GET", "api/v1/proposals/saved-filters", user, null)).getValuesAs(JsonObject.class);
    }

    @Test
    @Order(7)
    void savedFiltersBelongToTheirOwnerOnly() {
        HttpResponse<String> created = call(base, "POST", "api/v1/proposals/saved-filters", "psb-handler",
                "{\"name\": \"检索测试 我的交通件\", \"query\": \"handler=psb-handler&q=%E4%BA%A4%E9%80%9A&sort=deadline\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject f = Api.json(created).asJsonObject();
        long id = f.getJsonNumber("id").longValue();
        long version = f.getJsonNumber("version").longValue();
        assertThat(f.getString("query")).contains("handler=psb-handler", "q=%E4%BA%A4%E9%80%9A", "sort=deadline");
        assertThat(mine("psb-handler")).extracting(x -> x.getString("name")).contains("检索测试 我的交通件");
        // the stored query lists what it said
        assertThat(ids("psb-handler", S + "&" + f.getString("query"))).containsExactlyInAnyOrder(a, c);

        // another person of the same agency neither sees nor touches it
        assertThat(mine("psb-leader")).extracting(x -> x.getString("name")).doesNotContain("检索测试 我的交通件");
        problem(call(base, "PUT", "api/v1/proposals/saved-filters/" + id, "psb-leader",
                "{\"name\": \"检索测试 抢\", \"query\": \"\", \"version\": 0}"), 404, "not-found");
        problem(call(base, "DELETE", "api/v1/proposals/saved-filters/" + id, "psb-leader", null), 404, "not-found");
        problem(call(base, "DELETE", "api/v1/proposals/saved-filters/" + id, "edu-handler", null), 404, "not-found");

        problem(call(base, "POST", "api/v1/proposals/saved-filters", "psb-handler",
                "{\"name\": \"检索测试 我的交通件\", \"query\": \"\"}"), 409, "saved-filter-exists");
        // the same name is fine for somebody else
        HttpResponse<String> leaders = call(base, "POST", "api/v1/proposals/saved-filters", "psb-leader",
                "{\"name\": \"检索测试 我的交通件\", \"query\": \"overdue=true\"}");
        assertThat(leaders.statusCode()).isEqualTo(201);

        problem(call(base, "PUT", "api/v1/proposals/saved-filters/" + id, "psb-handler",
                "{\"name\": \"检索测试 改名\", \"query\": \"overdue=true\", \"version\": " + (version + 5) + "}"), 409, "stale-version");
        JsonObject changed = ok(call(base, "PUT", "api/v1/proposals/saved-filters/" + id, "psb-handler",
                "{\"name\": \"检索测试 逾期\", \"query\": \"overdue=true\", \"version\": " + version + "}"));
        assertThat(changed.getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(changed.getString("query")).isEqualTo("overdue=true");

        assertThat(call(base, "DELETE", "api/v1/proposals/saved-filters/" + id, "psb-handler", null).statusCode()).isEqualTo(204);
        assertThat(mine("psb-handler")).extracting(x -> x.getString("name")).doesNotContain("检索测试 逾期");
        assertThat(mine("psb-leader")).extracting(x -> x.getString("name")).contains("检索测试 我的交通件");
        long leadersId = Api.json(leaders).asJsonObject().getJsonNumber("id").longValue();
        assertThat(call(base, "DELETE", "api/v1/proposals/saved-filters/" + leadersId, "psb-leader", null).statusCode()).isEqualTo(204);
    }

    // ---- inbox --------------------------------------------------------------------------------------

    private List<Long> inbox(String user) {
        return ok(call(base, "GET", "api/v1/proposals/inbox?size=100", user, null)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Test
    @Order(8)
    void theInboxListsWhatWaitsForTheCallerMostUrgentFirst() {
        // psb-handler: handles a (in handling, overdue), c (feedback given: nothing for a handler), d (reply drafted, in 10 days)
        List<Long> handler = inbox("psb-handler");
        assertThat(handler).containsSubsequence(a, d).doesNotContain(b, c, e);
        // psb-leader leads a only; a leader may draft replies in handling
        assertThat(inbox("psb-leader")).contains(a).doesNotContain(b, c, d, e);
        // the supervisor sees the agency's: b (replied, due in 2 days) before c (no deadline); nothing of edu
        List<Long> supervisor = inbox("psb-supervisor");
        assertThat(supervisor).containsSubsequence(b, c).doesNotContain(a, d, e);
        assertThat(inbox("edu-handler")).contains(e).doesNotContain(a, b, c, d);
        JsonObject first = ok(call(base, "GET", "api/v1/proposals/inbox?size=100", "psb-handler", null));
        assertThat(first.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == a).findFirst().orElseThrow().getString("urgency")).isEqualTo("overdue");
    }

    // ---- the list page ------------------------------------------------------------------------------

    @Test
    @Order(50)
    void aHandlerFiltersTheListByTextAndSavesTheFilter() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-handler", Api.PASSWORD);
                browser.await(By.id("user-name"));
                // the inbox is the first entry of the module's navigation
                String nav = browser.await(By.id("module-nav")).getText();
                assertThat(nav.indexOf("我的待办")).isNotNegative().isLessThan(nav.indexOf("建议提案办理"));

                browser.driver.get(base.resolve("inbox").toString());
                browser.awaitText(By.id("inbox-grid"), "关于改善城区交通信号配时的建议");
                browser.awaitText(By.id("inbox-grid"), "逾期 2 天");

                browser.driver.get(base.resolve("proposals").toString());
                browser.await(By.id("item-grid"));
                browser.await(By.cssSelector("#filter-text input")).sendKeys("学校食堂", Keys.ENTER); // the demo session has other 食品安全 items
                browser.awaitText(By.id("item-total"), "共 1 件");
                browser.awaitText(By.id("item-grid"), "关于加强学校食堂食品安全监管的提案");
                assertThat(browser.driver.findElement(By.id("item-grid")).getText()).doesNotContain("关于改善城区交通信号配时的建议");

                browser.await(By.cssSelector("#saved-filter-name input")).sendKeys("检索测试 学校食堂");
                browser.await(By.id("filter-save")).click();
                browser.awaitText(By.tagName("vaadin-notification-card"), "已保存筛选“检索测试 学校食堂”");
                browser.screenshot(Path.of("target/it/item-search-saved.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/item-search-failure.png"));
                throw t;
            }
        }
        JsonObject f = mine("psb-handler").stream().filter(x -> x.getString("name").equals("检索测试 学校食堂")).findFirst().orElseThrow();
        assertThat(f.getString("query")).contains("q=" + enc("学校食堂"));
        assertThat(ids("psb-handler", S + "&" + f.getString("query"))).containsExactly(b);
        assertThat(mine("psb-leader")).extracting(x -> x.getString("name")).doesNotContain("检索测试 学校食堂");
    }

    // ---- database helpers ---------------------------------------------------------------------------

    static long unit(String name) throws SQLException {
        try (Connection conn = Db.owner()) {
            conn.setAutoCommit(false);
            tenant(conn, PSB);
            try (PreparedStatement ps = conn.prepareStatement("insert into platform_unit (tenant_id, name_zh) values (?, ?) returning id")) {
                ps.setString(1, PSB);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    conn.commit();
                    return id;
                }
            }
        }
    }

    static long item(String tenant, String kind, String number, String title, String body, String proposer, String category,
                     boolean key, String state, String assignedOn, String handler, String leader, Long unitId, String outcome,
                     String rating) throws SQLException {
        try (Connection conn = Db.owner()) {
            conn.setAutoCommit(false);
            tenant(conn, tenant);
            try (PreparedStatement ps = conn.prepareStatement("insert into proposal_item (tenant_id, kind, session, number, title, body, "
                    + "proposer, category, key_item, state, assigned_on, handler_username, leader_username, unit_id, outcome, rating) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as date), ?, ?, ?, ?, ?) returning id")) {
                int i = 1;
                ps.setString(i++, tenant);
                ps.setString(i++, kind);
                ps.setString(i++, SESSION);
                ps.setString(i++, number);
                ps.setString(i++, title);
                ps.setString(i++, body);
                ps.setString(i++, proposer);
                ps.setString(i++, category);
                ps.setBoolean(i++, key);
                ps.setString(i++, state);
                ps.setString(i++, assignedOn);
                ps.setString(i++, handler);
                ps.setString(i++, leader);
                ps.setObject(i++, unitId);
                ps.setString(i++, outcome);
                ps.setString(i, rating);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    conn.commit();
                    (tenant.equals(PSB) ? PSB_ITEMS : EDU_ITEMS).add(id);
                    return id;
                }
            }
        }
    }

    /** Through the trigger, this also sets the item's nearest open deadline. */
    /** One deadline of each kind per item (the table's unique key). */
    static void deadline(String tenant, long item, String kind, LocalDate due, boolean met) throws SQLException {
        try (Connection conn = Db.owner()) {
            conn.setAutoCommit(false);
            tenant(conn, tenant);
            try (PreparedStatement ps = conn.prepareStatement("insert into proposal_deadline (tenant_id, item_id, kind, due_on, met_at) "
                    + "values (?, ?, ?, ?, " + (met ? "now()" : "null") + ")")) {
                ps.setString(1, tenant);
                ps.setLong(2, item);
                ps.setString(3, kind);
                ps.setObject(4, due);
                ps.executeUpdate();
            }
            conn.commit();
        }
    }

    static void clean(String tenant, List<Long> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        String ids = items.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
        try (Connection conn = Db.owner(); Statement s = conn.createStatement()) {
            conn.setAutoCommit(false);
            tenant(conn, tenant);
            s.executeUpdate("delete from proposal_deadline where item_id in (" + ids + ")");
            s.executeUpdate("delete from proposal_item_history where item_id in (" + ids + ")");
            s.executeUpdate("delete from proposal_item where id in (" + ids + ")");
            conn.commit();
        }
    }

    private static void tenant(Connection conn, String tenant) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
        }
    }
}
