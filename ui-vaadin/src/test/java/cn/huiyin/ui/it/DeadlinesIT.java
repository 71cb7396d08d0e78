package cn.huiyin.ui.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
import org.openqa.selenium.support.ui.WebDriverWait;

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
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static cn.huiyin.ui.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines, reminders and notifications against the real WAR, Keycloak, PostgreSQL and a real
 * SMTP server (GreenMail in this JVM, see {@link Stack}): an item's deadlines counted in 张店区's
 * 2020 calendar (国庆 and the 调休 Saturday), met by workflow actions, extended by district
 * oversight within the limit; the reminder job run as of chosen days (no sleeping) reminds the
 * handler, the leader and the supervisor in the app and by mail, once, also when two runs race;
 * unread counts and marking read; the district's rules and calendar; and the bell and the
 * notifications list in Chromium. Works on items of its own and removes them, their deadlines,
 * notifications and the district rules it set afterwards.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlinesIT {

    static final String PSB = "zhangdian-psb";
    static final String SESSION = "2099年期限测试";
    static final List<Long> CREATED = new ArrayList<>();
    static final Instant STARTED = Instant.now();
    /** The reminders item: assigned on the Monday before 国庆 2020, handled by psb-handler, led by psb-leader. */
    static long reminded;

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
    static void removeOwnData() throws SQLException {
        try (Connection c = Db.owner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
            // notifications of this run (the reminder runs may have told people about items of this class only)
            try (PreparedStatement ps = c.prepareStatement("delete from proposal_notification where created_at >= ?")) {
                ps.setTimestamp(1, Timestamp.from(STARTED.minusSeconds(5)));
                ps.executeUpdate();
            }
            if (!CREATED.isEmpty()) {
                String ids = CREATED.stream().map(String::valueOf).collect(Collectors.joining(","));
                s.executeUpdate("delete from proposal_item_history where item_id in (" + ids + ")");
                s.executeUpdate("delete from proposal_rating where item_id in (" + ids + ")");
                s.executeUpdate("delete from proposal_reply where item_id in (" + ids + ")");
                // deadlines and their sent reminders go with the item (ON DELETE CASCADE)
                s.executeUpdate("delete from proposal_item where id in (" + ids + ")");
            }
            c.commit();
            s.execute("select set_config('app.district_id', 'zhangdian', true)");
            s.executeUpdate("delete from proposal_deadline_rule where district_alias = 'zhangdian'");
            s.executeUpdate("delete from proposal_calendar_day where district_alias = 'zhangdian' and day >= date '2099-01-01'");
            c.commit();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private List<JsonObject> deadlines(long id, String user) {
        return okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/deadlines", user, null)).getValuesAs(JsonObject.class);
    }

    private static Map<String, JsonObject> byKind(List<JsonObject> deadlines) {
        return deadlines.stream().collect(Collectors.toMap(d -> d.getString("kind"), Function.identity()));
    }

    private JsonObject took(long id, String user, String action, long version) {
        return ok(call(base, "POST", "api/v1/proposals/items/" + id + "/transitions", user,
                "{\"action\": \"" + action + "\", \"version\": " + version + "}"));
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private HttpResponse<String> runReminders(String asOf) {
        return call(base, "POST", "api/v1/proposals/reminders/runs" + (asOf == null ? "" : "?asOf=" + asOf), "platform-admin", null);
    }

    private List<JsonObject> notificationsOf(String user, long itemId) {
        return okArray(call(base, "GET", "api/v1/proposals/notifications?size=200", user, null)).getValuesAs(JsonObject.class)
                .stream().filter(n -> !absent(n, "itemId") && n.getJsonNumber("itemId").longValue() == itemId).toList();
    }

    private long unread(String user) {
        return ok(call(base, "GET", "api/v1/proposals/notifications/unread-count", user, null)).getJsonNumber("unread").longValue();
    }

    /** Mails GreenMail received about the item {@code number}, as "recipient: subject". */
    private static List<String> mailsAbout(String number) throws MessagingException {
        GreenMail mail = Stack.running().mail();
        List<String> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getSubject() != null && m.getSubject().contains(number)) {
                for (Address to : m.getAllRecipients()) {
                    found.add(to.toString() + ": " + m.getSubject());
                }
            }
        }
        return found;
    }

    // ---- deadlines of an item -----------------------------------------------------------------------

    @Test
    @Order(1)
    void anItemGetsItsDeadlinesCountedInTheDistrictCalendarOnceAndOnlyItsAgencySeesThem() throws SQLException {
        long id = newItem("建议第9101号", LocalDate.parse("2020-09-28"));
        assertThat(deadlines(id, "psb-leader")).isEmpty();
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/deadlines", "psb-handler", null), 403, "forbidden");

        Map<String, JsonObject> d = byKind(okArray(call(base, "POST", "api/v1/proposals/items/" + id + "/deadlines", "psb-leader", null))
                .getValuesAs(JsonObject.class));
        // five working days: 9-29, 9-30, (国庆/中秋 10-1…10-8 off) 10-9, 10-10 (Saturday, 调休), 10-12
        assertThat(d.get("acknowledgement").getString("dueOn")).isEqualTo("2020-10-12");
        assertThat(d.get("reply").getString("dueOn")).isEqualTo("2020-12-28");
        assertThat(d.get("acknowledgement").getString("urgency")).isEqualTo("overdue");
        assertThat(d).containsOnlyKeys("acknowledgement", "reply");

        // again: nothing added, nothing moved
        okArray(call(base, "POST", "api/v1/proposals/items/" + id + "/deadlines", "psb-admin", null));
        assertThat(deadlines(id, "psb-handler")).hasSize(2);
        problem(call(base, "GET", "api/v1/proposals/items/" + id + "/deadlines", "edu-leader", null), 404, "not-found");
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/deadlines", "edu-admin", null), 404, "not-found");
        problem(call(base, "GET", "api/v1/proposals/items/99999999/deadlines", "psb-leader", null), 404, "not-found");

        // overdue list of the agency: this item's acknowledgement (2020) is long past
        List<JsonObject> overdue = okArray(call(base, "GET", "api/v1/proposals/deadlines/overdue", "psb-supervisor", null))
                .getValuesAs(JsonObject.class);
        assertThat(overdue).anySatisfy(o -> {
            assertThat(o.getString("number")).isEqualTo("建议第9101号");
            assertThat(o.getJsonObject("deadline").getString("kind")).isEqualTo("acknowledgement");
        });
        assertThat(okArray(call(base, "GET", "api/v1/proposals/deadlines/overdue", "edu-leader", null)).getValuesAs(JsonObject.class))
                .noneSatisfy(o -> assertThat(o.getString("number")).isEqualTo("建议第9101号"));
    }

    @Test
    @Order(2)
    void workflowActionsMeetTheirDeadlinesAndAnApprovedReplyOpensTheFeedbackWindow() throws SQLException {
        long id = newItem("建议第9102号", LocalDate.parse("2020-09-28"));
        okArray(call(base, "POST", "api/v1/proposals/items/" + id + "/deadlines", "psb-leader", null));
        JsonObject i = took(id, "psb-leader", "acknowledge", 0);
        Map<String, JsonObject> d = byKind(deadlines(id, "psb-leader"));
        assertThat(d.get("acknowledgement").getString("urgency")).isEqualTo("met");
        assertThat(d.get("acknowledgement").getString("metAt")).isNotBlank();
        assertThat(absent(d.get("reply"), "metAt")).isTrue();

        i = took(id, "psb-leader", "start_handling", i.getJsonNumber("version").longValue());
        took(id, "psb-handler", "draft_reply", i.getJsonNumber("version").longValue());
        Replies.writeA(base, id, "psb-handler", "已按建议办理。");
        i = took(id, "psb-handler", "submit_for_review", item(id).getJsonNumber("version").longValue());
        took(id, "psb-leader", "approve_reply", i.getJsonNumber("version").longValue());
        d = byKind(deadlines(id, "psb-handler"));
        assertThat(d.get("reply").getString("urgency")).isEqualTo("met");
        assertThat(d.get("feedback").getString("urgency")).isNotEqualTo("met");
        LocalDate expected = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        while (expected.getDayOfWeek() == DayOfWeek.SATURDAY || expected.getDayOfWeek() == DayOfWeek.SUNDAY) {
            expected = expected.plusDays(1);
        }
        assertThat(d.get("feedback").getString("dueOn")).isEqualTo(expected.toString());

        // unsatisfied: the window is met and re-handling has a month; its reply meets that and opens a new window
        // a rating given on paper, entered by the supervisor (ratings are never bare transitions)
        ok(call(base, "POST", "api/v1/proposals/items/" + id + "/ratings", "psb-supervisor",
                "{\"rating\": \"unsatisfied\", \"comment\": \"代表不满意\", \"version\": "
                        + item(id).getJsonNumber("version").longValue() + "}"));
        JsonObject rated = item(id);
        assertThat(rated.getString("state")).isEqualTo("re_handling");
        d = byKind(deadlines(id, "psb-leader"));
        assertThat(d.get("feedback").getString("urgency")).isEqualTo("met");
        assertThat(d.get("rehandling_reply").getString("dueOn")).isEqualTo(workingDayFrom(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1)));
        took(id, "psb-handler", "draft_reply", rated.getJsonNumber("version").longValue());
        Replies.writeA(base, id, "psb-handler", "再次办理后答复。");
        i = took(id, "psb-handler", "submit_for_review", item(id).getJsonNumber("version").longValue());
        took(id, "psb-leader", "approve_reply", i.getJsonNumber("version").longValue());
        d = byKind(deadlines(id, "psb-leader"));
        assertThat(d.get("rehandling_reply").getString("urgency")).isEqualTo("met");
        assertThat(d.get("feedback").getString("urgency")).isNotEqualTo("met");
        assertThat(d).hasSize(4);
    }

    private JsonObject item(long id) {
        return ok(call(base, "GET", "api/v1/proposals/items/" + id, "psb-leader", null));
    }

    /** The day itself or the Monday after (no calendar days are listed after 2020). */
    private static String workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d.toString();
    }

    @Test
    @Order(3)
    void districtOversightExtendsTheReplyDeadlineOfItsOwnAgencysItemAtMostSixMonthsAfterAssignment() throws SQLException {
        long id = newItem("建议第9103号", LocalDate.parse("2021-01-05"));
        okArray(call(base, "POST", "api/v1/proposals/items/" + id + "/deadlines", "psb-leader", null));
        String path = "api/v1/proposals/district/agencies/" + PSB + "/items/" + id + "/reply-deadline";
        JsonObject reply = ok(call(base, "GET", path, "zd-oversight", null));
        assertThat(reply.getString("dueOn")).isEqualTo("2021-04-05");
        long version = reply.getJsonNumber("version").longValue();

        problem(call(base, "POST", path, "zd-oversight", "{\"dueOn\": \"2021-07-06\", \"reason\": \"复杂件\", \"version\": " + version + "}"),
                400, "beyond-maximum");
        problem(call(base, "POST", path, "zd-oversight", "{\"dueOn\": \"2021-03-01\", \"reason\": \"复杂件\", \"version\": " + version + "}"),
                400, "not-later");
        problem(call(base, "POST", path, "zd-oversight", "{\"dueOn\": \"2021-06-30\", \"version\": " + version + "}"), 400, "validation");
        problem(call(base, "POST", path, "zd-oversight", "{\"dueOn\": \"2021-06-30\", \"reason\": \"复杂件\", \"version\": 7}"),
                409, "stale-version");
        problem(call(base, "POST", path, "zc-oversight", "{\"dueOn\": \"2021-06-30\", \"reason\": \"复杂件\", \"version\": " + version + "}"),
                404, "not-found");
        problem(call(base, "POST", path, "psb-leader", "{\"dueOn\": \"2021-06-30\", \"reason\": \"复杂件\", \"version\": " + version + "}"),
                403, "forbidden");
        assertThat(byKind(deadlines(id, "psb-leader")).get("reply").getString("dueOn")).isEqualTo("2021-04-05");

        JsonObject extended = ok(call(base, "POST", path, "zd-oversight",
                "{\"dueOn\": \"2021-06-30\", \"reason\": \"涉及多部门协调，申请延期\", \"version\": " + version + "}"));
        assertThat(extended.getString("dueOn")).isEqualTo("2021-06-30");
        assertThat(extended.getString("originalDueOn")).isEqualTo("2021-04-05");
        assertThat(extended.getString("extendedBy")).isEqualTo("zd-oversight");
        assertThat(byKind(deadlines(id, "psb-handler")).get("reply").getString("dueOn")).isEqualTo("2021-06-30");

        // in the item's history and the agency's audit log
        assertThat(okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/history", "psb-leader", null)).getValuesAs(JsonObject.class))
                .singleElement().satisfies(h -> {
                    assertThat(h.getString("action")).isEqualTo("extend_reply_deadline");
                    assertThat(h.getString("actor")).isEqualTo("zd-oversight");
                    assertThat(h.getString("reason")).isEqualTo("涉及多部门协调，申请延期");
                });
        assertThat(okArray(call(base, "GET", "api/v1/audit?size=200", "psb-admin", null)).getValuesAs(JsonObject.class))
                .anySatisfy(a -> {
                    assertThat(a.getString("action")).isEqualTo("deadline.reply.extended");
                    assertThat(a.getString("subject")).isEqualTo("item:" + id);
                    assertThat(a.getString("before") + "→" + a.getString("after")).isEqualTo("2021-04-05→2021-06-30");
                });
    }

    // ---- reminders ----------------------------------------------------------------------------------

    @Test
    @Order(10)
    void theReminderRunAsOfADayTellsHandlerLeaderAndSupervisorInTheAppAndByMailOnce() throws Exception {
        reminded = newItem("建议第9110号", LocalDate.parse("2020-09-28"));
        okArray(call(base, "POST", "api/v1/proposals/items/" + reminded + "/deadlines", "psb-leader", null));

        // 9 October: the acknowledgement (12 October) is two working days ahead: 10-10 (调休 Saturday), 10-12
        JsonObject run = ok(runReminders("2020-10-09"));
        assertThat(run.getBoolean("ran")).isTrue();
        assertThat(run.getJsonArray("agencies").toString()).contains(PSB);
        for (String user : List.of("psb-handler", "psb-leader", "psb-supervisor")) {
            assertThat(notificationsOf(user, reminded)).as(user).singleElement().satisfies(n -> {
                assertThat(n.getString("kind")).isEqualTo("deadline_due_soon");
                assertThat(n.getString("textZh")).contains("建议第9110号", "签收", "2020-10-12", "还剩2个工作日");
                assertThat(n.getString("textEn")).contains("Due soon");
                assertThat(absent(n, "readAt")).isTrue();
            });
        }
        assertThat(notificationsOf("psb-admin", reminded)).isEmpty();
        assertThat(notificationsOf("edu-supervisor", reminded)).isEmpty();
        assertThat(mailsAbout("建议第9110号")).hasSize(3).anySatisfy(m -> assertThat(m).startsWith("psb-handler@psb.zhangdian.example: "))
                .anySatisfy(m -> assertThat(m).startsWith("psb-leader@psb.zhangdian.example: "))
                .anySatisfy(m -> assertThat(m).startsWith("psb-supervisor@psb.zhangdian.example: "))
                .allSatisfy(m -> assertThat(m).contains("临期"));

        // the same day again: nothing twice
        assertThat(ok(runReminders("2020-10-09")).getBoolean("ran")).isTrue();
        assertThat(notificationsOf("psb-handler", reminded)).hasSize(1);
        assertThat(mailsAbout("建议第9110号")).hasSize(3);

        // 13 October: overdue now, a reminder of the next stage
        ok(runReminders("2020-10-13"));
        assertThat(notificationsOf("psb-leader", reminded)).extracting(n -> n.getString("kind"))
                .containsExactlyInAnyOrder("deadline_due_soon", "deadline_overdue");
        assertThat(mailsAbout("建议第9110号")).hasSize(6);
    }

    @Test
    @Order(11)
    void twoRunsAtOnceRemindOnce() throws Exception {
        // 24 December: the reply (28 December) is two working days ahead
        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> await(start, () -> runReminders("2020-12-24")));
        var second = CompletableFuture.supplyAsync(() -> await(start, () -> runReminders("2020-12-24")));
        start.countDown();
        List<JsonObject> outcomes = List.of(ok(first.get()), ok(second.get()));

        for (String user : List.of("psb-handler", "psb-leader", "psb-supervisor")) {
            assertThat(notificationsOf(user, reminded)).as(user).hasSize(3)
                    .filteredOn(n -> n.getString("textZh").contains("答复")).singleElement()
                    .satisfies(n -> assertThat(n.getString("kind")).isEqualTo("deadline_due_soon"));
        }
        assertThat(mailsAbout("建议第9110号")).hasSize(9);
        // one of them did the work (or found it done): together exactly three reminders for this item's reply
        assertThat(outcomes).anySatisfy(o -> assertThat(o.getBoolean("ran")).isTrue());
    }

    @Test
    @Order(12)
    void onlyPlatformAdminsRunRemindersAndBadDaysAreRefused() {
        problem(call(base, "POST", "api/v1/proposals/reminders/runs?asOf=2020-10-09", "psb-admin", null), 403, "forbidden");
        problem(call(base, "POST", "api/v1/proposals/reminders/runs?asOf=2020-10-09", "zd-oversight", null), 403, "forbidden");
        problem(runReminders("2020-13-45"), 400, "bad-date");
        problem(runReminders("yesterday"), 400, "validation");
    }

    // ---- notifications ------------------------------------------------------------------------------

    @Test
    @Order(20)
    void peopleReadAndMarkTheirOwnNotificationsOnly() {
        long before = unread("psb-handler");
        assertThat(before).isGreaterThanOrEqualTo(3);
        JsonObject first = notificationsOf("psb-handler", reminded).getFirst();
        long id = first.getJsonNumber("id").longValue();
        assertThat(ok(call(base, "POST", "api/v1/proposals/notifications/" + id + "/read", "psb-handler", null))
                .getJsonNumber("unread").longValue()).isEqualTo(before - 1);
        assertThat(notificationsOf("psb-handler", reminded).stream().filter(n -> n.getJsonNumber("id").longValue() == id))
                .singleElement().satisfies(n -> assertThat(absent(n, "readAt")).isFalse());
        // marking it again changes nothing
        ok(call(base, "POST", "api/v1/proposals/notifications/" + id + "/read", "psb-handler", null));
        assertThat(unread("psb-handler")).isEqualTo(before - 1);

        // somebody else's notification is not found, and stays unread
        long leaders = notificationsOf("psb-leader", reminded).getFirst().getJsonNumber("id").longValue();
        long leaderUnread = unread("psb-leader");
        problem(call(base, "POST", "api/v1/proposals/notifications/" + leaders + "/read", "psb-handler", null), 404, "not-found");
        problem(call(base, "POST", "api/v1/proposals/notifications/" + leaders + "/read", "edu-handler", null), 404, "not-found");
        assertThat(unread("psb-leader")).isEqualTo(leaderUnread);

        // a proposer belongs to no agency and reads their own (none here)
        assertThat(okArray(call(base, "GET", "api/v1/proposals/notifications", "deputy-li", null))).isEmpty();
        assertThat(unread("deputy-li")).isZero();
        problem(call(base, "GET", "api/v1/proposals/notifications?size=0", "psb-handler", null), 400, "validation");
    }

    @Test
    @Order(21)
    void psbLeaderSeesTheBellCountReadsTheListAndTheColouredDeadlinesOfTheItem() throws Exception {
        long unread = unread("psb-leader");
        assertThat(unread).isGreaterThanOrEqualTo(3);
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-leader", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.awaitText(By.id("notification-count"), String.valueOf(unread));
                browser.await(By.id("notification-bell")).click();
                browser.awaitUrlContains("notifications");
                browser.awaitText(By.id("notification-list"), "【临期】建议第9110号");
                browser.awaitText(By.id("notification-list"), "【逾期】建议第9110号");
                browser.screenshot(Path.of("target/it/notifications.png"));
                long id = notificationsOf("psb-leader", reminded).stream().filter(n -> absent(n, "readAt")).findFirst().orElseThrow()
                        .getJsonNumber("id").longValue();
                browser.await(By.id("notification-read-" + id)).click();
                browser.awaitText(By.id("notification-count"), String.valueOf(unread - 1));

                browser.driver.get(base.resolve("proposals/" + reminded).toString());
                browser.awaitText(By.id("item-deadlines"), "签收");
                var ack = browser.await(By.id("deadline-acknowledgement"));
                assertThat(ack.getAttribute("data-urgency")).isEqualTo("overdue");
                assertThat(ack.getText()).contains("2020-10-12", "已逾期");
                assertThat(ack.getCssValue("color")).isNotEqualTo(browser.await(By.id("item-body")).getCssValue("color"));
                browser.screenshot(Path.of("target/it/item-deadlines.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/deadlines-failure.png"));
                throw t;
            }
        }
        assertThat(unread("psb-leader")).isEqualTo(unread - 1);
        ok(call(base, "POST", "api/v1/proposals/notifications/read-all", "psb-leader", null));
        assertThat(unread("psb-leader")).isZero();
    }

    // ---- district rules and calendar ----------------------------------------------------------------

    @Test
    @Order(30)
    void districtOversightSetsItsRulesAndTheyCountForNewDeadlines() throws SQLException {
        Map<String, JsonObject> rules = okArray(call(base, "GET", "api/v1/proposals/district/deadline-rules", "zd-oversight", null))
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(r -> r.getString("kind"), Function.identity()));
        assertThat(rules).containsKeys("acknowledgement", "reply", "reply_max", "rehandling_reply", "feedback", "co_handling_opinion");
        assertThat(rules.get("acknowledgement").getInt("amount")).isEqualTo(5);
        assertThat(rules.get("acknowledgement").getBoolean("own")).isFalse();

        String ack = "api/v1/proposals/district/deadline-rules/acknowledgement";
        problem(call(base, "PUT", ack, "zd-oversight", "{\"amount\": 7, \"unit\": \"weeks\", \"version\": 0}"), 400, "validation");
        problem(call(base, "PUT", ack, "zd-oversight", "{\"amount\": 0, \"unit\": \"working_days\", \"version\": 0}"), 400, "validation");
        problem(call(base, "PUT", "api/v1/proposals/district/deadline-rules/nope", "zd-oversight",
                "{\"amount\": 7, \"unit\": \"working_days\", \"version\": 0}"), 400, "unknown-kind");
        problem(call(base, "PUT", ack, "psb-leader", "{\"amount\": 7, \"unit\": \"working_days\", \"version\": 0}"), 403, "forbidden");

        JsonObject set = ok(call(base, "PUT", ack, "zd-oversight", "{\"amount\": 7, \"unit\": \"working_days\", \"version\": 0}"));
        assertThat(set.getBoolean("own")).isTrue();
        set = ok(call(base, "PUT", ack, "zd-oversight", "{\"amount\": 6, \"unit\": \"working_days\", \"version\": "
                + set.getJsonNumber("version").longValue() + "}"));
        assertThat(set.getInt("amount")).isEqualTo(6);
        problem(call(base, "PUT", ack, "zd-oversight", "{\"amount\": 8, \"unit\": \"working_days\", \"version\": 0}"), 409, "stale-version");

        // another district keeps its own (default) rule
        assertThat(okArray(call(base, "GET", "api/v1/proposals/district/deadline-rules", "zc-oversight", null)).getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getString("kind").equals("acknowledgement")).singleElement()
                .satisfies(r -> assertThat(r.getInt("amount")).isEqualTo(5));

        // six working days from 28 September 2020: 9-29, 9-30, 10-9, 10-10, 10-12, 10-13
        long id = newItem("建议第9130号", LocalDate.parse("2020-09-28"));
        Map<String, JsonObject> d = byKind(okArray(call(base, "POST", "api/v1/proposals/items/" + id + "/deadlines", "psb-leader", null))
                .getValuesAs(JsonObject.class));
        assertThat(d.get("acknowledgement").getString("dueOn")).isEqualTo("2020-10-13");
    }

    @Test
    @Order(31)
    void districtOversightKeepsItsOwnCalendar() {
        List<JsonObject> year2020 = okArray(call(base, "GET", "api/v1/proposals/district/calendar?year=2020", "zd-oversight", null))
                .getValuesAs(JsonObject.class);
        assertThat(year2020).anySatisfy(d -> {
            assertThat(d.getString("day")).isEqualTo("2020-10-10");
            assertThat(d.getBoolean("working")).isTrue();
        }).anySatisfy(d -> {
            assertThat(d.getString("day")).isEqualTo("2020-10-01");
            assertThat(d.getBoolean("working")).isFalse();
            assertThat(d.getString("name")).contains("国庆");
        });
        assertThat(okArray(call(base, "GET", "api/v1/proposals/district/calendar?year=2020", "zc-oversight", null))).isEmpty();

        ok(call(base, "PUT", "api/v1/proposals/district/calendar/2099-01-02", "zd-oversight", "{\"working\": false, \"name\": \"测试假日\"}"));
        problem(call(base, "PUT", "api/v1/proposals/district/calendar/2099-01-03", "zd-oversight", "{\"working\": false}"), 400, "validation");
        problem(call(base, "PUT", "api/v1/proposals/district/calendar/2099-13-03", "zd-oversight", "{\"working\": false, \"name\": \"x\"}"),
                400, "bad-date");
        assertThat(okArray(call(base, "GET", "api/v1/proposals/district/calendar?year=2099", "zd-oversight", null))).hasSize(1);
        problem(call(base, "DELETE", "api/v1/proposals/district/calendar/2099-01-02", "zc-oversight", null), 404, "not-found");
        problem(call(base, "DELETE", "api/v1/proposals/district/calendar/2099-01-02", "psb-admin", null), 403, "forbidden");
        assertThat(okArray(call(base, "GET", "api/v1/proposals/district/calendar?year=2099", "zd-oversight", null))).hasSize(1);
        assertThat(call(base, "DELETE", "api/v1/proposals/district/calendar/2099-01-02", "zd-oversight", null).statusCode()).isEqualTo(204);
        assertThat(okArray(call(base, "GET", "api/v1/proposals/district/calendar?year=2099", "zd-oversight", null))).isEmpty();
    }

    @Test
    @Order(32)
    void districtOversightChangesARuleAndReadsTheCalendarOnItsSettingsPage() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("zd-oversight", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("deadline-settings").toString());
                browser.awaitText(By.id("deadline-rules"), "评价期");
                var amount = browser.await(By.cssSelector("#rule-amount-feedback input"));
                amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "45", Keys.TAB);
                browser.await(By.id("rule-save-feedback")).click();
                // saved: the rule is the district's own now, no longer marked as the default
                new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                        .until(d -> d.findElement(By.id("rule-label-feedback")).getText().equals("评价期"));
                var year = browser.await(By.cssSelector("#calendar-year input"));
                year.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2020", Keys.TAB);
                browser.awaitText(By.id("calendar-days"), "国庆节、中秋节调休上班");
                browser.screenshot(Path.of("target/it/deadline-settings.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/deadline-settings-failure.png"));
                throw t;
            }
        }
        assertThat(okArray(call(base, "GET", "api/v1/proposals/district/deadline-rules", "zd-oversight", null)).getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getString("kind").equals("feedback")).singleElement().satisfies(r -> {
                    assertThat(r.getInt("amount")).isEqualTo(45);
                    assertThat(r.getBoolean("own")).isTrue();
                });
        assertThat(okArray(call(base, "GET", "api/v1/audit?size=200", "platform-admin", null)).getValuesAs(JsonObject.class))
                .anySatisfy(a -> {
                    assertThat(a.getString("action")).isEqualTo("deadline.rule.changed");
                    assertThat(a.getString("subject")).isEqualTo("rule:feedback");
                    assertThat(a.getString("after")).isEqualTo("45 calendar_days");
                });
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

    /** A new assigned psb item handled by psb-handler and led by psb-leader, inserted as the owner. */
    static long newItem(String number, LocalDate assignedOn) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_item (tenant_id, kind, session, number, title, body, "
                    + "proposer, category, key_item, state, assigned_on, handler_username, leader_username) values (?, 'suggestion', ?, ?, ?, ?, "
                    + "'测试代表', 'traffic', false, 'assigned', ?, 'psb-handler', 'psb-leader') returning id")) {
                ps.setString(1, PSB);
                ps.setString(2, SESSION);
                ps.setString(3, number);
                ps.setString(4, "期限测试" + number);
                ps.setString(5, "用于测试办理期限与提醒的建议。");
                ps.setObject(6, assignedOn);
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
