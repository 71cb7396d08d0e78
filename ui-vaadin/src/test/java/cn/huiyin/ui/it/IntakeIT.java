package cn.huiyin.ui.it;

import cn.huiyin.devstack.EmbeddedDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.json;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static cn.huiyin.ui.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake by district oversight against the real WAR, Keycloak and PostgreSQL: zd-oversight
 * registers an item into 张店公安分局 through REST (registry reuse, history, audit, the agency's
 * view, similar items), refusals that change nothing (duplicate number across the district,
 * another district's or a missing agency, other roles, bad input), a generated 2,000-row XLSX
 * imported in one go and removed again, a malformed list refused row by row with nothing stored,
 * non-XLSX and oversized uploads, the template, and the registration form in Chromium. Every item
 * and proposer it creates lives in sessions/names of its own and is deleted afterwards.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeIT {

    static final String SESSION = "2099年登记测试";
    static final String IMPORT_SESSION = "2099年导入测试";
    static final String BAD_SESSION = "2099年错误清单";
    static final String BROWSER_SESSION = "2099年浏览器测试";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static long registeredId;

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
    static void removeEverythingCreated() throws SQLException {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String items = "select id from proposal_item where session like '2099年%测试' or session = '" + BAD_SESSION + "'";
            s.executeUpdate("delete from proposal_deadline where item_id in (" + items + ")");
            s.executeUpdate("delete from proposal_item_history where item_id in (" + items + ")");
            s.executeUpdate("delete from proposal_item_cosigner where item_id in (" + items + ")");
            s.executeUpdate("delete from proposal_item where id in (" + items + ")");
            s.executeUpdate("delete from proposal_proposer where name like '测试%' or name like '导入%' or name like '浏览器%'");
            c.commit();
        }
    }

    // ---- registering one item --------------------------------------------------------------------

    static String registration(String number, String agency, String title, String lead, String extra) {
        return """
                {"kind": "suggestion", "session": "%s", "number": "%s", "title": "%s",
                 "body": "上下学高峰时段校园周边车辆乱停乱放，建议增派警力疏导。", "category": "traffic", "keyItem": true,
                 "agency": "%s", "assignedOn": "2099-03-10", %s %s}""".formatted(SESSION, number, title, agency, lead,
                extra == null ? "" : ", " + extra);
    }

    @Test
    @Order(1)
    void oversightRegistersAnItemIntoAnAgencyOfItsDistrictWithProposersFromTheRegistry() throws SQLException {
        long liMing = okArray(call(base, "GET", "api/v1/proposals/intake/proposers?q=" + enc("李明") + "&kind=deputy", "zd-oversight", null))
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("name").equals("李明")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        HttpResponse<String> r = call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T001号", "zhangdian-psb", "关于测试校园周边交通秩序管理的建议",
                        "\"lead\": {\"name\": \"测试代表甲\", \"group\": \"测试代表团\", \"username\": \"deputy-li\"}",
                        "\"coSigners\": [{\"name\": \"测试代表乙\"}, {\"id\": " + liMing + "}]"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonObject done = json(r).asJsonObject();
        assertThat(done.getString("agency")).isEqualTo("zhangdian-psb");
        registeredId = done.getJsonNumber("id").longValue();

        // the agency sees it as an assigned item with its register entry
        JsonObject item = ok(call(base, "GET", "api/v1/proposals/items/" + registeredId, "psb-leader", null));
        assertThat(item.getString("state")).isEqualTo("assigned");
        assertThat(item.getString("proposer")).isEqualTo("测试代表甲");
        assertThat(item.getBoolean("keyItem")).isTrue();
        assertThat(item.getJsonArray("availableActions").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("acknowledge");
        JsonObject entry = okArray(call(base, "GET", "api/v1/proposals/items/" + registeredId + "/history", "psb-leader", null))
                .getValuesAs(JsonObject.class).getFirst();
        assertThat(entry.getString("action")).isEqualTo("register");
        assertThat(entry.getString("actor")).isEqualTo("zd-oversight");

        // oversight's own view: proposers resolved from the district's registry
        JsonObject detail = ok(call(base, "GET", "api/v1/proposals/oversight/items/zhangdian-psb/" + registeredId, "zd-oversight", null));
        assertThat(detail.getString("proposerGroup")).isEqualTo("测试代表团");
        assertThat(detail.getString("proposerUsername")).isEqualTo("deputy-li");
        assertThat(detail.getJsonArray("coSigners").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("测试代表乙", "李明");
        assertThat(detail.getJsonObject("item").getString("agencyName")).isEqualTo("张店公安分局");
        JsonObject list = ok(call(base, "GET", "api/v1/proposals/oversight/items?agency=zhangdian-psb&state=assigned&size=100", "zd-oversight", null));
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getJsonNumber("id").longValue())
                .contains(registeredId);

        // the audit lines are the agency's: the registration and oversight's read of it
        assertThat(okArray(call(base, "GET", "api/v1/audit?size=200", "psb-admin", null)).getValuesAs(JsonObject.class))
                .filteredOn(a -> ("item:" + registeredId).equals(a.getString("subject", null)))
                .extracting(a -> a.getString("action") + " " + a.getString("actor"))
                .containsExactlyInAnyOrder("item.register zd-oversight", "oversight.item.read zd-oversight");

        // the registry is reused: the same lead again is the same person, not a second row
        HttpResponse<String> again = call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T002号", "zhangdian-edu", "关于测试课后服务的建议", "\"lead\": {\"name\": \"测试代表甲\"}", null));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(count("select count(*) from proposal_proposer where tenant_id = 'zhangdian' and name = '测试代表甲'")).isEqualTo(1);
        assertThat(count("select count(*) from proposal_proposer where name = '测试代表甲' and tenant_id <> 'zhangdian'")).isZero();
        assertThat(count("select count(*) from proposal_item where id = " + registeredId + " and proposer_username = 'deputy-li'"
                + " and proposer_id = (select id from proposal_proposer where tenant_id = 'zhangdian' and name = '测试代表甲')")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void refusalsAnswerProblemsAndChangeNothing() throws SQLException {
        long before = count("select count(*) from proposal_item where session = '" + SESSION + "'");
        long proposers = count("select count(*) from proposal_proposer");
        String lead = "\"lead\": {\"name\": \"测试代表丙\"}";

        // the number is taken in the district, even though another agency holds it
        problem(call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T001号", "zhangdian-edu", "另一个标题", lead, null)), 409, "duplicate-number");
        // another district's agency and a missing one answer alike; so does 张店 for 淄川's oversight
        JsonObject foreign = problem(call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T009号", "zichuan-psb", "标题", lead, null)), 404, "not-found");
        JsonObject missing = problem(call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T009号", "nowhere-psb", "标题", lead, null)), 404, "not-found");
        assertThat(foreign.getString("title")).isEqualTo(missing.getString("title"));
        problem(call(base, "POST", "api/v1/proposals/intake/items", "zc-oversight",
                registration("建议第T009号", "zhangdian-psb", "标题", lead, null)), 404, "not-found");
        problem(call(base, "GET", "api/v1/proposals/oversight/items/zhangdian-psb/" + registeredId, "zc-oversight", null), 404, "not-found");
        problem(call(base, "GET", "api/v1/proposals/oversight/items/zichuan-psb/" + registeredId, "zd-oversight", null), 404, "not-found");
        // other roles may not register
        for (String user : List.of("psb-leader", "psb-admin", "deputy-li")) {
            problem(call(base, "POST", "api/v1/proposals/intake/items", user,
                    registration("建议第T009号", "zhangdian-psb", "标题", lead, null)), 403, "forbidden");
        }
        // bad input: Bean Validation, then the rules shared with the import
        problem(call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T009号", "zhangdian-psb", "", lead, null)), 400, "validation");
        problem(call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T009号", "zhangdian-psb", "标题", lead, null).replace("traffic", "weather")), 400, "invalid-item");
        problem(call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T009号", "zhangdian-psb", "标题", lead, null).replace("\"suggestion\"", "\"petition\"")), 400, "validation");
        problem(call(base, "POST", "api/v1/proposals/intake/items", "zd-oversight",
                registration("建议第T009号", "zhangdian-psb", "标题", "\"lead\": {\"id\": 999999}", null)), 400, "unknown-proposer");

        assertThat(count("select count(*) from proposal_item where session = '" + SESSION + "'")).isEqualTo(before);
        assertThat(count("select count(*) from proposal_proposer")).isEqualTo(proposers);
        // the agency's isolation is untouched: edu does not see psb's new item
        problem(call(base, "GET", "api/v1/proposals/items/" + registeredId, "edu-leader", null), 404, "not-found");
    }

    @Test
    @Order(3)
    void similarEarlierItemsAreFoundByTitleAndByProposer() {
        List<JsonObject> byTitle = okArray(call(base, "GET", "api/v1/proposals/intake/similar?title="
                + enc("关于测试校园周边交通秩序的建议"), "zd-oversight", null)).getValuesAs(JsonObject.class);
        assertThat(byTitle).extracting(s -> s.getJsonNumber("id").longValue()).contains(registeredId);
        assertThat(byTitle).filteredOn(s -> s.getJsonNumber("id").longValue() == registeredId)
                .allSatisfy(s -> assertThat(s.getString("agency")).isEqualTo("zhangdian-psb"));

        List<JsonObject> byProposer = okArray(call(base, "GET", "api/v1/proposals/intake/similar?proposer=" + enc("测试代表甲"),
                "zd-oversight", null)).getValuesAs(JsonObject.class);
        assertThat(byProposer).hasSize(2).allSatisfy(s -> assertThat(s.getBoolean("sameProposer")).isTrue());
        // another district's oversight sees nothing of 张店
        assertThat(okArray(call(base, "GET", "api/v1/proposals/intake/similar?proposer=" + enc("测试代表甲"), "zc-oversight", null)))
                .isEmpty();
    }

    // ---- the session list ---------------------------------------------------------------------------

    @Test
    @Order(4)
    void aGenerated2000RowListIsPreviewedThenImportedInOneGoAndRemovedAgain() throws Exception {
        byte[] file = workbook(rows -> {
            for (int i = 1; i <= 2000; i++) {
                boolean psb = i % 2 == 0;
                rows.add(List.of(psb ? "建议" : "提案", IMPORT_SESSION, "导入第" + String.format("%04d", i) + "号",
                        "导入测试标题" + i, "导入测试内容" + i, "导入代表" + (i % 40), psb ? "导入代表团" : "导入界别",
                        "导入附议人" + (i % 7) + "、导入附议人" + (i % 11), psb ? "交通" : "教育", i % 10 == 0 ? "是" : "否",
                        psb ? "张店公安分局" : "zhangdian-edu", "2099-03-1" + (i % 10)));
            }
        });

        JsonObject preview = ok(upload("api/v1/proposals/intake/imports/preview", file, XLSX));
        assertThat(preview.getInt("rows")).isEqualTo(2000);
        assertThat(preview.getBoolean("importable")).isTrue();
        assertThat(count("select count(*) from proposal_item where session = '" + IMPORT_SESSION + "'")).isZero();

        JsonObject imported = ok(upload("api/v1/proposals/intake/imports", file, XLSX));
        assertThat(imported.getInt("items")).isEqualTo(2000);
        assertThat(imported.getJsonObject("byAgency").getInt("zhangdian-psb")).isEqualTo(1000);
        assertThat(imported.getJsonObject("byAgency").getInt("zhangdian-edu")).isEqualTo(1000);

        String items = "select id from proposal_item where session = '" + IMPORT_SESSION + "'";
        assertThat(count("select count(*) from proposal_item where session = '" + IMPORT_SESSION + "' and state = 'assigned'")).isEqualTo(2000);
        assertThat(count("select count(*) from proposal_item where session = '" + IMPORT_SESSION + "' and tenant_id = 'zhangdian-psb'"
                + " and kind = 'suggestion' and category = 'traffic'")).isEqualTo(1000);
        assertThat(count("select count(*) from proposal_item where session = '" + IMPORT_SESSION + "' and key_item")).isEqualTo(200);
        assertThat(count("select count(*) from proposal_item_history where action = 'register' and item_id in (" + items + ")")).isEqualTo(2000);
        assertThat(count("select count(*) from proposal_item_cosigner c join proposal_item i on i.id = c.item_id and i.tenant_id = c.tenant_id"
                + " where i.session = '" + IMPORT_SESSION + "'")).isGreaterThanOrEqualTo(2000);
        // 40 lead names × 2 kinds at most; each once in the district's registry
        assertThat(count("select count(*) from proposal_proposer where tenant_id = 'zhangdian' and name like '导入代表%'")).isEqualTo(40);
        // the agency sees its share through its own API; the same list again is refused whole
        assertThat(ok(call(base, "GET", "api/v1/proposals/items/stats/by-state", "edu-leader", null)).getInt("assigned")).isGreaterThanOrEqualTo(1000);
        JsonObject again = problem(upload("api/v1/proposals/intake/imports", file, XLSX), 400, "invalid-rows");
        assertThat(again.getJsonArray("errors")).hasSize(2000);
        assertThat(count("select count(*) from proposal_item where session = '" + IMPORT_SESSION + "'")).isEqualTo(2000);

        deleteSession(IMPORT_SESSION);
        assertThat(count("select count(*) from proposal_item where session = '" + IMPORT_SESSION + "'")).isZero();
    }

    @Test
    @Order(5)
    void aMalformedListIsRefusedRowByRowAndNothingIsStored() throws Exception {
        long proposers = count("select count(*) from proposal_proposer");
        byte[] file = workbook(rows -> {
            rows.add(List.of("建议", BAD_SESSION, "错误第0001号", "正常的一行", "内容", "测试代表丁", "", "", "交通", "否", "张店公安分局", "2099-03-10"));
            rows.add(List.of("建议", BAD_SESSION, "错误第0002号", "", "内容", "测试代表丁", "", "", "交通", "否", "张店公安分局", "2099-03-10"));
            rows.add(List.of("建议", BAD_SESSION, "错误第0003号", "外区单位", "内容", "测试代表丁", "", "", "交通", "否", "淄川公安分局", "2099-03-10"));
            rows.add(List.of("建议", BAD_SESSION, "错误第0001号", "重复编号", "内容", "测试代表丁", "", "", "交通", "否", "张店公安分局", "2099-03-10"));
            rows.add(List.of("意见", BAD_SESSION, "错误第0004号", "错误日期", "内容", "测试代表丁", "", "", "天气", "否", "张店公安分局", "2099-02-30"));
            rows.add(List.of("建议", SESSION, "建议第T001号", "已登记", "内容", "测试代表丁", "", "", "交通", "否", "张店公安分局", "2099-03-10"));
        });

        JsonObject preview = ok(upload("api/v1/proposals/intake/imports/preview", file, XLSX));
        assertThat(preview.getBoolean("importable")).isFalse();
        assertThat(preview.getInt("invalidRows")).isEqualTo(5);
        Map<Integer, List<String>> errors = new java.util.TreeMap<>();
        preview.getJsonArray("items").getValuesAs(JsonObject.class).forEach(row -> errors.put(row.getInt("row"),
                row.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("column") + ":" + e.getString("code")).toList()));
        assertThat(errors).containsEntry(2, List.of())
                .containsEntry(3, List.of("title:missing"))
                .containsEntry(4, List.of("agency:unknown-agency"))
                .containsEntry(5, List.of("number:duplicate-in-file"))
                .containsEntry(7, List.of("number:already-registered"));
        assertThat(errors.get(6)).containsExactlyInAnyOrder("kind:bad-kind", "category:bad-category", "assignedOn:bad-date");

        JsonObject refused = problem(upload("api/v1/proposals/intake/imports", file, XLSX), 400, "invalid-rows");
        assertThat(refused.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("rows[3].title", "rows[4].agency", "rows[5].number", "rows[6].assignedOn", "rows[7].number");
        assertThat(count("select count(*) from proposal_item where session = '" + BAD_SESSION + "'")).isZero();
        assertThat(count("select count(*) from proposal_proposer")).isEqualTo(proposers);

        // the content decides, not the name or the type: a CSV is no workbook; too large is refused before reading
        problem(upload("api/v1/proposals/intake/imports/preview", "类别,届次\n建议,2099".getBytes(StandardCharsets.UTF_8), XLSX), 400, "not-xlsx");
        problem(upload("api/v1/proposals/intake/imports", new byte[5 * 1024 * 1024 + 10], "application/octet-stream"), 400, "file-too-large");
        problem(upload("api/v1/proposals/intake/imports", file, "psb-leader", XLSX), 403, "forbidden");
        assertThat(count("select count(*) from proposal_item where session = '" + BAD_SESSION + "'")).isZero();
    }

    @Test
    @Order(6)
    void theTemplateIsAnXlsxWithTheChineseHeadersAndTheDistrictsAgencies() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/proposals/intake/template"))
                .header("Authorization", "Bearer " + Api.token("zd-oversight")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(t -> assertThat(t).contains("attachment"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("编号");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("主办单位");
            String help = wb.getSheet("填写说明").getRow(9).getCell(1).getStringCellValue();
            assertThat(help).contains("张店公安分局", "张店区教育局").doesNotContain("淄川");
        }
    }

    // ---- the form in the browser --------------------------------------------------------------------

    @Test
    @Order(50)
    void oversightRegistersAnItemWithTheFormAndSeesTheSimilarOneFirst() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("zd-oversight", Api.PASSWORD);
                browser.await(By.id("user-name"));
                browser.awaitText(By.id("module-nav"), "登记交办");
                browser.driver.get(base.resolve("district/register").toString());
                browser.await(By.id("reg-submit"));

                type(browser, "#reg-session input", BROWSER_SESSION);
                type(browser, "#reg-number input", "建议第B001号");
                type(browser, "#reg-title input", "关于测试校园周边交通秩序管理的建议（二）");
                browser.awaitText(By.id("similar-grid"), "建议第T001号");
                type(browser, "#reg-body textarea", "校园周边交通拥堵，建议错峰放学。");
                type(browser, "#reg-new-lead input", "浏览器测试代表");
                type(browser, "#reg-new-cosigners input", "测试代表乙、浏览器测试附议人");
                pick(browser, "#reg-category", "交通");
                pick(browser, "#reg-agency", "张店区教育局");
                browser.screenshot(Path.of("target/it/intake-form.png"));
                browser.await(By.id("reg-submit")).click();
                browser.awaitText(By.id("intake-done"), "建议第B001号");

                // the district's list has it under its agency; its page names the proposers
                browser.driver.get(base.resolve("district/items").toString());
                browser.awaitText(By.id("district-grid"), "建议第B001号");
                browser.await(By.xpath("//vaadin-grid-cell-content[contains(., '建议第B001号')]")).click();
                browser.awaitText(By.id("district-item-meta"), "张店区教育局");
                browser.awaitText(By.id("district-item-people"), "浏览器测试代表");
                browser.awaitText(By.id("district-item-people"), "测试代表乙、浏览器测试附议人");
                browser.awaitText(By.id("district-item-state"), "已交办");
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/intake-form-failure.png"));
                throw t;
            }
        }
        assertThat(count("select count(*) from proposal_item where session = '" + BROWSER_SESSION + "' and tenant_id = 'zhangdian-edu'"
                + " and number = '建议第B001号' and proposer = '浏览器测试代表' and category = 'traffic' and state = 'assigned'")).isEqualTo(1);
        assertThat(count("select count(*) from proposal_item_cosigner c join proposal_proposer p on p.id = c.proposer_id"
                + " join proposal_item i on i.id = c.item_id where i.session = '" + BROWSER_SESSION + "'"
                + " and p.name in ('测试代表乙', '浏览器测试附议人')")).isEqualTo(2);
        assertThat(count("select count(*) from proposal_proposer where name = '测试代表乙'")).isEqualTo(1);
    }

    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.await(By.cssSelector(css));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /**
     * Types a label into a combo box and commits it with Enter once the matching item is shown
     * (wherever the overlay renders its items), then waits until the combo box has the value.
     */
    private static void pick(Browser browser, String host, String label) {
        WebElement input = browser.await(By.cssSelector(host + " input"));
        input.click();
        input.sendKeys(label);
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(20));
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
        wait.until(d -> (Boolean) js.executeScript(
                "const host = document.querySelector(arguments[0]);"
                        + "const items = [...document.querySelectorAll('vaadin-combo-box-item'), ...host.querySelectorAll('vaadin-combo-box-item'),"
                        + " ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('vaadin-combo-box-item') : [])];"
                        + "return items.some(i => i.textContent.trim() === arguments[1]);", host, label));
        input.sendKeys(Keys.ENTER);
        wait.until(d -> (Boolean) js.executeScript("return document.querySelector(arguments[0]).hasAttribute('has-value');", host));
        input.sendKeys(Keys.TAB);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    interface Rows {
        void fill(List<List<String>> rows);
    }

    /** A session list built like the template: header row, then the rows as text cells. */
    static byte[] workbook(Rows fill) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        fill.fill(rows);
        List<String> headers = List.of("类别（建议/提案）", "届次会议", "编号", "标题", "内容", "领衔人", "代表团/界别",
                "附议人（以、分隔）", "分类", "重点（是/否）", "主办单位", "交办日期");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("交办清单");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> upload(String path, byte[] body, String type) {
        return upload(path, body, "zd-oversight", type);
    }

    private HttpResponse<String> upload(String path, byte[] body, String user, String type) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(180))
                    .header("Authorization", "Bearer " + Api.token(user)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long count(String sql) throws SQLException {
        try (Connection c = superuser(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void deleteSession(String session) throws SQLException {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String items = "select id from proposal_item where session = '" + session + "'";
            s.executeUpdate("delete from proposal_deadline where item_id in (" + items + ")");
            s.executeUpdate("delete from proposal_item_history where item_id in (" + items + ")");
            s.executeUpdate("delete from proposal_item_cosigner where item_id in (" + items + ")");
            s.executeUpdate("delete from proposal_item where session = '" + session + "'");
            c.commit();
        }
    }

    /** Behind row-level security: the test checks what is really stored, in every tenant. */
    private static Connection superuser() throws SQLException {
        return Stack.running().db().superuserConnection(EmbeddedDatabase.HUIYIN_DB);
    }
}
