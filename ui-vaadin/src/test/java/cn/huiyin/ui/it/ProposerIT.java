package cn.huiyin.ui.it;

import jakarta.json.JsonObject;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static cn.huiyin.ui.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposer's side against the real WAR, Keycloak and PostgreSQL: deputy-li sees only his own
 * items across his district's agencies (anyone else's is 404), rates a reply once per round
 * (unsatisfied → re-handling with a new deadline, then a second round), a non-replied item cannot
 * be rated, a supervisor enters a paper rating, attachments are judged by content and size with
 * nothing stored on refusal, and a reply letter generated from a template opens in POI. The
 * browser test rates an item in the portal. Works on items of its own, deleted afterwards.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProposerIT {

    static final String PSB = "zhangdian-psb";
    static final String EDU = "zhangdian-edu";
    static final String ZC_PSB = "zichuan-psb";
    /** item id → its agency, for the clean-up */
    static final Map<Long, String> CREATED = new LinkedHashMap<>();
    static final List<String> TEMPLATES = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
            String all = CREATED.keySet().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(null);
            if (all != null) {
                // what people were told about these items (notifications are the recipient's rows)
                for (String recipient : List.of("deputy-li", "member-zhang", "psb-handler")) {
                    s.execute("select set_config('app.recipient', '" + recipient + "', true)");
                    s.executeUpdate("delete from proposal_notification where item_id in (" + all + ")");
                }
            }
            for (String tenant : List.of(PSB, EDU, ZC_PSB)) {
                s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
                String ids = CREATED.entrySet().stream().filter(e -> e.getValue().equals(tenant)).map(e -> String.valueOf(e.getKey()))
                        .reduce((a, b) -> a + "," + b).orElse(null);
                if (ids != null) {
                    for (String table : List.of("proposal_rating", "proposal_attachment", "proposal_deadline", "proposal_item_history")) {
                        s.executeUpdate("delete from " + table + " where item_id in (" + ids + ")");
                    }
                    s.executeUpdate("delete from proposal_milestone_progress where milestone_id in "
                            + "(select id from proposal_plan_milestone where item_id in (" + ids + "))");
                    s.executeUpdate("delete from proposal_plan_milestone where item_id in (" + ids + ")");
                    s.executeUpdate("delete from proposal_reply where item_id in (" + ids + ")");
                    s.executeUpdate("delete from proposal_item where id in (" + ids + ")");
                }
                for (String name : TEMPLATES) {
                    try (PreparedStatement ps = c.prepareStatement("delete from proposal_reply_template where name = ?")) {
                        ps.setString(1, name);
                        ps.executeUpdate();
                    }
                }
            }
            c.commit();
        }
    }

    // ---- what a proposer sees ----------------------------------------------------------------------

    @Test
    @Order(1)
    void deputyLiSeesOnlyHisOwnItemsAcrossHisDistrict() throws SQLException {
        long psbReplied = newItem(PSB, "建议第9101号", "replied", "deputy-li");
        long milestone = approvedReply(PSB, psbReplied, 1, "已在校园周边增设临时停车区。", "B");
        progress(PSB, milestone, "第一批停车区已施工完毕");
        deadline(PSB, psbReplied, "reply", LocalDate.of(2099, 6, 10));
        long eduInHandling = newItem(EDU, "建议第9102号", "in_handling", "deputy-li");
        long zhangs = newItem(PSB, "提案第9103号", "replied", "member-zhang");
        long otherDistrict = newItem(ZC_PSB, "建议第9104号", "replied", "deputy-li");

        List<Long> mine = ids(okArray(call(base, "GET", "api/v1/proposals/portal/items", "deputy-li", null)));
        assertThat(mine).contains(psbReplied, eduInHandling).doesNotContain(zhangs, otherDistrict);
        List<Long> his = ids(okArray(call(base, "GET", "api/v1/proposals/portal/items", "member-zhang", null)));
        assertThat(his).contains(zhangs).doesNotContain(psbReplied, eduInHandling, otherDistrict);

        JsonObject detail = ok(call(base, "GET", "api/v1/proposals/portal/items/" + psbReplied, "deputy-li", null));
        assertThat(detail.getJsonObject("item").getString("state")).isEqualTo("replied");
        assertThat(detail.getJsonObject("item").getString("agency")).isEqualTo(PSB);
        assertThat(detail.getJsonObject("reply").getString("body")).isEqualTo("已在校园周边增设临时停车区。");
        assertThat(detail.getJsonObject("reply").getString("outcome")).isEqualTo("B");
        JsonObject step = detail.getJsonArray("plan").getJsonObject(0);
        assertThat(step.getString("title")).isEqualTo("增设临时停车区");
        assertThat(step.getJsonArray("progress").getJsonObject(0).getString("note")).isEqualTo("第一批停车区已施工完毕");
        assertThat(detail.getJsonArray("deadlines").getJsonObject(0).getString("kind")).isEqualTo("reply");
        assertThat(detail.getBoolean("canRate")).isTrue();

        // anyone else's item answers exactly like one that does not exist
        for (long foreign : List.of(zhangs, otherDistrict, 999_999L)) {
            problem(call(base, "GET", "api/v1/proposals/portal/items/" + foreign, "deputy-li", null), 404, "not-found");
        }
        problem(call(base, "GET", "api/v1/proposals/portal/items/" + psbReplied, "member-zhang", null), 404, "not-found");
        // staff have no portal; proposers still have no agency list
        problem(call(base, "GET", "api/v1/proposals/portal/items", "psb-handler", null), 403, "forbidden");
        problem(call(base, "GET", "api/v1/proposals/items/" + psbReplied, "deputy-li", null), 403, "forbidden");
    }

    // ---- rating ------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void aNonRepliedItemCannotBeRatedAndNothingIsStored() throws SQLException {
        long id = newItem(EDU, "建议第9111号", "in_handling", "deputy-li");
        problem(rate(id, "deputy-li", "satisfied", null, 0), 409, "state-forbids");
        problem(rate(id, "deputy-li", "great", null, 0), 400, "validation");
        assertThat(count(EDU, "select count(*) from proposal_rating where item_id = " + id)).isZero();
        assertThat(count(EDU, "select count(*) from proposal_item_history where item_id = " + id)).isZero();
        assertThat(portalItem(id, "deputy-li").getString("state")).isEqualTo("in_handling");
    }

    @Test
    @Order(3)
    void unsatisfiedStartsReHandlingWithANewDeadlineAndTheSecondReplyIsRatedAsRoundTwo() throws SQLException {
        long id = newItem(PSB, "建议第9121号", "replied", "deputy-li");
        approvedReply(PSB, id, 1, "第一次答复。", "A");

        problem(rate(id, "deputy-li", "unsatisfied", "  ", 0), 400, "reason-required");
        problem(rate(id, "deputy-li", "unsatisfied", "没有解决", 7), 409, "stale-version");
        problem(rate(id, "member-zhang", "unsatisfied", "不是我的", 0), 404, "not-found");
        assertThat(count(PSB, "select count(*) from proposal_rating where item_id = " + id)).isZero();

        JsonObject after = ok(rate(id, "deputy-li", "unsatisfied", "停车区仍然不够", 0));
        assertThat(after.getJsonObject("item").getString("state")).isEqualTo("re_handling");
        assertThat(after.getJsonObject("item").getString("rating")).isEqualTo("unsatisfied");
        assertThat(after.getBoolean("canRate")).isFalse();
        JsonObject r1 = after.getJsonArray("ratings").getJsonObject(0);
        assertThat(r1.getInt("round")).isEqualTo(1);
        assertThat(r1.getBoolean("onPaper")).isFalse();
        assertThat(r1.getString("comment")).isEqualTo("停车区仍然不够");
        assertThat(strings(PSB, "select kind || ' ' || due_on from proposal_deadline where item_id = " + id))
                .containsExactly("rehandling_reply " + LocalDate.now().plusMonths(1));
        assertThat(strings(PSB, "select entered_by || ' ' || on_paper || ' ' || round from proposal_rating where item_id = " + id))
                .containsExactly("deputy-li false 1");
        assertThat(after.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("action"))
                .containsExactly("rate_unsatisfied");
        assertThat(strings(PSB, "select actor || ' ' || action from proposal_item_history where item_id = " + id))
                .containsExactly("deputy-li rate_unsatisfied");

        // once per round: the item is being handled again, not replied
        problem(rate(id, "deputy-li", "satisfied", null, 1), 409, "state-forbids");

        // the agency handles it again and replies a second time
        long v = staffItem(id).getJsonNumber("version").longValue();
        take(id, "psb-handler", "draft_reply", v);
        Replies.writeA(base, id, "psb-handler", "第二次答复：再增设两处停车区。");
        v = take(id, "psb-handler", "submit_for_review", staffItem(id).getJsonNumber("version").longValue());
        v = take(id, "psb-leader", "approve_reply", v);
        JsonObject second = ok(call(base, "GET", "api/v1/proposals/portal/items/" + id, "deputy-li", null));
        assertThat(second.getJsonObject("reply").getInt("round")).isEqualTo(2);
        assertThat(second.getBoolean("canRate")).isTrue();

        JsonObject done = ok(rate(id, "deputy-li", "satisfied", null, v));
        assertThat(done.getJsonObject("item").getString("state")).isEqualTo("feedback_given");
        assertThat(done.getJsonArray("ratings").getValuesAs(JsonObject.class)).extracting(r -> r.getInt("round") + " " + r.getString("rating"))
                .containsExactly("1 unsatisfied", "2 satisfied");
        problem(rate(id, "deputy-li", "satisfied", null, done.getJsonObject("item").getJsonNumber("version").longValue()),
                409, "state-forbids");
        assertThat(count(PSB, "select count(*) from proposal_rating where item_id = " + id)).isEqualTo(2);
        assertThat(okArray(call(base, "GET", "api/v1/audit?size=200", "psb-admin", null)).getValuesAs(JsonObject.class).stream()
                .filter(a -> ("item:" + id).equals(a.getString("subject", null)))
                .map(a -> a.getString("actor") + " " + a.getString("action")).toList())
                .contains("deputy-li item.rate_unsatisfied", "deputy-li item.rate_satisfied");
    }

    @Test
    @Order(4)
    void aSupervisorEntersARatingGivenOnPaperMarkedAsSuch() throws SQLException {
        long id = newItem(PSB, "提案第9131号", "replied", "member-zhang");
        String body = "{\"rating\": \"basically_satisfied\", \"comment\": \"书面评价表\", \"version\": 0}";
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/ratings", "psb-handler", body), 403, "forbidden");
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/ratings", "edu-supervisor", body), 404, "not-found");
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/transitions", "psb-supervisor",
                "{\"action\": \"rate_satisfied\", \"version\": 0}"), 400, "rate-through-ratings");
        assertThat(staffItem(id).getString("state")).isEqualTo("replied");

        var created = call(base, "POST", "api/v1/proposals/items/" + id + "/ratings", "psb-supervisor", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject r = Api.json(created).asJsonObject();
        assertThat(r.getBoolean("onPaper")).isTrue();
        assertThat(r.getString("enteredBy")).isEqualTo("psb-supervisor");
        assertThat(r.getInt("round")).isEqualTo(1);
        assertThat(staffItem(id).getString("state")).isEqualTo("feedback_given");
        assertThat(okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/ratings", "psb-leader", null))).hasSize(1);
        JsonObject seen = ok(call(base, "GET", "api/v1/proposals/portal/items/" + id, "member-zhang", null));
        assertThat(seen.getJsonArray("ratings").getJsonObject(0).getBoolean("onPaper")).isTrue();
        assertThat(seen.getJsonObject("item").getString("rating")).isEqualTo("basically_satisfied");
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/ratings", "psb-supervisor",
                body.replace("\"version\": 0", "\"version\": " + staffItem(id).getJsonNumber("version"))), 409, "state-forbids");
    }

    // ---- attachments -------------------------------------------------------------------------------

    @Test
    @Order(5)
    void onlyRealPdfOrDocxWithinTheSizeLimitIsStored() throws Exception {
        long id = newItem(PSB, "建议第9141号", "in_handling", "deputy-li");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> good = upload(id, "psb-handler", "other", "现场照片说明.pdf", "application/pdf", pdf);
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        JsonObject stored = Api.json(good).asJsonObject();
        assertThat(stored.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(stored.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.getString("filename")).isEqualTo("现场照片说明.pdf");

        // a text file named and typed as PDF, an executable, an XLSX-like zip, a file one byte too large
        problem(upload(id, "psb-handler", "other", "fake.pdf", "application/pdf",
                "I am not a PDF".getBytes(StandardCharsets.UTF_8)), 400, "unsupported-file");
        problem(upload(id, "psb-handler", "other", "letter.docx", "application/octet-stream", new byte[]{'M', 'Z', 0, 0}), 400, "unsupported-file");
        problem(upload(id, "psb-handler", "other", "letter.docx", "application/octet-stream", zip("xl/workbook.xml")), 400, "unsupported-file");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        problem(upload(id, "psb-handler", "other", "big.pdf", "application/pdf", big), 400, "too-large");
        problem(upload(id, "psb-handler", "contract", "x.pdf", "application/pdf", pdf), 400, "validation");
        problem(upload(id, "edu-handler", "other", "x.pdf", "application/pdf", pdf), 404, "not-found");
        problem(upload(id, "deputy-li", "other", "x.pdf", "application/pdf", pdf), 403, "forbidden");
        assertThat(count(PSB, "select count(*) from proposal_attachment where item_id = " + id)).isEqualTo(1);

        // a real DOCX is accepted whatever it is called
        byte[] word = zip("word/document.xml");
        HttpResponse<String> docx = upload(id, "psb-handler", "reply_letter", "答复函", "text/plain", word);
        assertThat(docx.statusCode()).as(docx.body()).isEqualTo(201);
        assertThat(Api.json(docx).asJsonObject().getString("filename")).isEqualTo("答复函.docx");

        List<JsonObject> listed = okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/attachments", "psb-leader", null))
                .getValuesAs(JsonObject.class);
        assertThat(listed).extracting(a -> a.getString("kind")).containsExactly("other", "reply_letter");
        HttpResponse<byte[]> download = get("api/v1/proposals/items/" + id + "/attachments/" + stored.getJsonNumber("id"), "psb-leader");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(get("api/v1/proposals/items/" + id + "/attachments/" + stored.getJsonNumber("id"), "edu-leader").statusCode())
                .isEqualTo(404);
        // the proposer downloads reply letters only, and only of his own item
        assertThat(get("api/v1/proposals/portal/items/" + id + "/letters/" + stored.getJsonNumber("id"), "deputy-li").statusCode())
                .isEqualTo(404);
        long letterId = Api.json(docx).asJsonObject().getJsonNumber("id").longValue();
        assertThat(get("api/v1/proposals/portal/items/" + id + "/letters/" + letterId, "deputy-li").body()).isEqualTo(word);
        assertThat(get("api/v1/proposals/portal/items/" + id + "/letters/" + letterId, "member-zhang").statusCode()).isEqualTo(404);
    }

    // ---- reply templates and generated letters ------------------------------------------------------

    @Test
    @Order(6)
    void aLetterGeneratedFromATemplateIsAttachedAndOpensInWord() throws Exception {
        long id = newItem(PSB, "建议第9151号", "replied", "deputy-li");
        approvedReply(PSB, id, 1, "我局已在学校周边增派警力。", "A");
        String name = "IT-答复函-" + System.nanoTime();
        TEMPLATES.add(name);
        String body = "{\"name\": \"" + name + "\", \"body\": \"{{proposer}}代表：\\n您的《{{title}}》（{{number}}）答复如下：\\n{{reply}}\\n{{agency}}\"}";
        problem(call(base, "POST", "api/v1/proposals/reply-templates", "psb-handler", body), 403, "forbidden");
        problem(call(base, "POST", "api/v1/proposals/reply-templates", "psb-admin",
                "{\"name\": \"" + name + "x\", \"body\": \"{{proposal}}\"}"), 400, "unknown-placeholder");
        problem(call(base, "POST", "api/v1/proposals/reply-templates", "psb-admin", "{\"name\": \" \", \"body\": \"x\"}"), 400, "validation");
        var created = call(base, "POST", "api/v1/proposals/reply-templates", "psb-admin", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long templateId = Api.json(created).asJsonObject().getJsonNumber("id").longValue();
        long templateVersion = Api.json(created).asJsonObject().getJsonNumber("version").longValue();
        problem(call(base, "POST", "api/v1/proposals/reply-templates", "psb-leader", body), 409, "name-taken");
        problem(call(base, "GET", "api/v1/proposals/reply-templates/" + templateId, "edu-admin", null), 404, "not-found");
        problem(call(base, "PUT", "api/v1/proposals/reply-templates/" + templateId, "psb-leader",
                body.replace("}\"}", "}\", \"version\": " + (templateVersion + 5) + "}")), 409, "stale-version");

        var generated = call(base, "POST", "api/v1/proposals/items/" + id + "/attachments/reply-letter", "psb-handler",
                "{\"templateId\": " + templateId + "}");
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        JsonObject letter = Api.json(generated).asJsonObject();
        assertThat(letter.getString("kind")).isEqualTo("reply_letter");
        assertThat(letter.getString("filename")).isEqualTo("答复函-建议第9151号.docx");
        problem(call(base, "POST", "api/v1/proposals/items/" + id + "/attachments/reply-letter", "edu-handler",
                "{\"templateId\": " + templateId + "}"), 404, "not-found");

        byte[] docx = get("api/v1/proposals/portal/items/" + id + "/letters/" + letter.getJsonNumber("id"), "deputy-li").body();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("李明代表：", "《测试建议建议第9151号》（建议第9151号）", "我局已在学校周边增派警力。", "张店公安分局")
                    .doesNotContain("{{");
        }
        JsonObject portal = ok(call(base, "GET", "api/v1/proposals/portal/items/" + id, "deputy-li", null));
        assertThat(portal.getJsonArray("letters").getValuesAs(JsonObject.class)).extracting(l -> l.getString("filename"))
                .containsExactly("答复函-建议第9151号.docx");

        var deleted = call(base, "DELETE", "api/v1/proposals/reply-templates/" + templateId + "?version=" + templateVersion, "psb-admin", null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        problem(call(base, "GET", "api/v1/proposals/reply-templates/" + templateId, "psb-admin", null), 404, "not-found");
    }

    // ---- the portal in the browser -----------------------------------------------------------------

    @Test
    @Order(50)
    void deputyLiOpensHisRepliedItemInThePortalAndRatesIt() throws Exception {
        long id = newItem(PSB, "建议第9161号", "replied", "deputy-li");
        approvedReply(PSB, id, 1, "已完成路口信号灯改造。", "A");
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("deputy-li", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.awaitText(By.id("module-nav"), "我的建议提案");
                browser.driver.get(base.resolve("portal").toString());
                browser.awaitText(By.id("portal-grid"), "测试建议建议第9161号");

                browser.driver.get(base.resolve("portal/" + id).toString());
                browser.awaitText(By.id("portal-item-state"), "已答复");
                browser.awaitText(By.id("portal-reply"), "已完成路口信号灯改造。");
                click(browser, browser.await(By.cssSelector("#portal-rating-choice vaadin-radio-button"))); // 满意, the first choice
                WebElement comment = browser.await(By.id("portal-rating-comment")).findElement(By.tagName("textarea"));
                click(browser, comment);
                comment.sendKeys("感谢及时办理");
                click(browser, browser.await(By.id("portal-rating-submit")));
                browser.awaitText(By.id("portal-item-state"), "已评价");
                browser.awaitText(By.id("portal-ratings"), "第1轮 · 满意 · 感谢及时办理");
                browser.screenshot(Path.of("target/it/portal-rated.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/portal-failure.png"));
                throw t;
            }
        }
        assertThat(strings(PSB, "select entered_by || ' ' || rating || ' ' || on_paper from proposal_rating where item_id = " + id))
                .containsExactly("deputy-li satisfied false");
        assertThat(staffItem(id).getString("state")).isEqualTo("feedback_given");
    }

    @Test
    @Order(51)
    void aSupervisorEntersAPaperRatingOnTheItemPageWhereTheFilesAreListed() throws Exception {
        long id = newItem(PSB, "建议第9171号", "replied", "deputy-li");
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(upload(id, "psb-handler", "reply_letter", "书面答复.pdf", "application/pdf", pdf).statusCode()).isEqualTo(201);
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-supervisor", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.driver.get(base.resolve("proposals/" + id).toString());
                browser.awaitText(By.id("item-state"), "已答复");
                browser.awaitText(By.id("attachment-list"), "书面答复.pdf");
                assertThat(browser.driver.findElements(By.id("action-rate_satisfied"))).as("no bare rating button").isEmpty();
                click(browser, browser.await(By.cssSelector("#paper-rating-choice vaadin-radio-button:nth-of-type(2)"))); // 基本满意
                click(browser, browser.await(By.id("paper-rating-submit")));
                browser.awaitText(By.id("item-state"), "已评价");
                browser.awaitText(By.id("item-ratings"), "第1轮 · 基本满意 · 书面评价，由psb-supervisor录入");
                browser.screenshot(Path.of("target/it/paper-rating.png"));
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/paper-rating-failure.png"));
                throw t;
            }
        }
        assertThat(strings(PSB, "select entered_by || ' ' || rating || ' ' || on_paper from proposal_rating where item_id = " + id))
                .containsExactly("psb-supervisor basically_satisfied true");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The shell scrolls its content area itself: bring the element into view before clicking it. */
    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private HttpResponse<String> rate(long id, String user, String rating, String comment, long version) {
        String body = "{\"rating\": \"" + rating + "\", " + (comment == null ? "" : "\"comment\": \"" + comment + "\", ")
                + "\"version\": " + version + "}";
        return call(base, "POST", "api/v1/proposals/portal/items/" + id + "/rating", user, body);
    }

    private JsonObject portalItem(long id, String user) {
        return ok(call(base, "GET", "api/v1/proposals/portal/items/" + id, user, null)).getJsonObject("item");
    }

    private JsonObject staffItem(long id) {
        return ok(call(base, "GET", "api/v1/proposals/items/" + id, "psb-leader", null));
    }

    private long take(long id, String user, String action, long version) {
        JsonObject after = ok(call(base, "POST", "api/v1/proposals/items/" + id + "/transitions", user,
                "{\"action\": \"" + action + "\", \"version\": " + version + "}"));
        return after.getJsonNumber("version").longValue();
    }

    private HttpResponse<String> upload(long id, String user, String kind, String filename, String contentType, byte[] content) {
        URI uri = base.resolve("api/v1/proposals/items/" + id + "/attachments?kind=" + kind + "&filename="
                + java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + Api.token(user))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("upload failed", e);
        }
    }

    private HttpResponse<byte[]> get(String path, String user) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + Api.token(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    private static byte[] zip(String entry) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<Long> ids(jakarta.json.JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    /** A new item of {@code tenant} in {@code state} whose proposer account is {@code proposer}, inserted as the owner. */
    static long newItem(String tenant, String number, String state, String proposer) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c, tenant);
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_item (tenant_id, kind, session, number, title, body, "
                    + "proposer, category, key_item, state, assigned_on, proposer_username, handler_username) values (?, 'suggestion', "
                    + "'2099年测试', ?, ?, '用于测试代表委员端的建议。', ?, 'traffic', false, ?, current_date, ?, 'psb-handler') returning id")) {
                ps.setString(1, tenant);
                ps.setString(2, number);
                ps.setString(3, "测试建议" + number);
                ps.setString(4, "member-zhang".equals(proposer) ? "张伟" : "李明");
                ps.setString(5, state);
                ps.setString(6, proposer);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    c.commit();
                    CREATED.put(id, tenant);
                    return id;
                }
            }
        }
    }

    /** An approved reply of {@code round} (as the reply slice will write it) with one plan milestone; returns the milestone. */
    static long approvedReply(String tenant, long itemId, int round, String body, String outcome) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c, tenant);
            long reply;
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_reply (tenant_id, item_id, round, outcome, body, status, "
                    + "drafted_by, approved_by, approved_at) values (?, ?, ?, ?, ?, 'approved', 'psb-handler', 'psb-leader', now()) returning id")) {
                ps.setString(1, tenant);
                ps.setLong(2, itemId);
                ps.setInt(3, round);
                ps.setString(4, outcome);
                ps.setString(5, body);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    reply = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_plan_milestone (tenant_id, item_id, reply_id, position, "
                    + "title, due_on) values (?, ?, ?, 1, '增设临时停车区', date '2099-09-01') returning id")) {
                ps.setString(1, tenant);
                ps.setLong(2, itemId);
                ps.setLong(3, reply);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long milestone = rs.getLong(1);
                    c.commit();
                    return milestone;
                }
            }
        }
    }

    static void progress(String tenant, long milestone, String note) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c, tenant);
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_milestone_progress (tenant_id, milestone_id, at, actor, note) "
                    + "values (?, ?, now(), 'psb-handler', ?)")) {
                ps.setString(1, tenant);
                ps.setLong(2, milestone);
                ps.setString(3, note);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    static void deadline(String tenant, long itemId, String kind, LocalDate due) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c, tenant);
            try (PreparedStatement ps = c.prepareStatement("insert into proposal_deadline (tenant_id, item_id, kind, due_on) values (?, ?, ?, ?)")) {
                ps.setString(1, tenant);
                ps.setLong(2, itemId);
                ps.setString(3, kind);
                ps.setObject(4, due);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    static long count(String tenant, String sql) throws SQLException {
        return Long.parseLong(strings(tenant, sql).getFirst());
    }

    static List<String> strings(String tenant, String sql) throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            tenant(c, tenant);
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            c.commit();
            return out;
        }
    }

    private static void tenant(Connection c, String tenant) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
        }
    }
}
