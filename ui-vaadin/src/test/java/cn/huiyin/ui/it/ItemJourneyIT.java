package cn.huiyin.ui.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static cn.huiyin.ui.it.Api.call;
import static cn.huiyin.ui.it.Api.ok;
import static cn.huiyin.ui.it.Api.okArray;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One suggestion from assignment to closure, every step through the UI by the person whose step
 * it is: district oversight registers it for 张店公安分局 with 李明 as proposer, the leader signs
 * for it and starts handling, the handler drafts an A reply and submits it, the leader approves
 * it, 李明 rates it in his portal, the supervisor closes it. The API then tells the same story
 * (history, outcome, rating, deadlines met).
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
class ItemJourneyIT {

    static final String PSB = "zhangdian-psb";
    static final String SESSION = "全程测试会次";
    static final String NUMBER = "建议第J001号";
    static Long created;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huiyin.war")));
    }

    @Test
    void oneItemFromAssignmentToClosureThroughTheUi() throws Exception {
        URI base = Api.base(deployed);

        as(base, "zd-oversight", browser -> {
            browser.driver.get(base.resolve("district/register").toString());
            browser.await(By.id("reg-submit"));
            type(browser, "#reg-session input", SESSION);
            type(browser, "#reg-number input", NUMBER);
            type(browser, "#reg-title input", "关于全程测试路口信号灯配时优化的建议");
            type(browser, "#reg-body textarea", "早晚高峰路口排队过长，建议优化信号灯配时。");
            pick(browser, "#reg-lead", "李明（车站街道代表团）");
            pick(browser, "#reg-category", "交通");
            pick(browser, "#reg-agency", "张店公安分局");
            click(browser, browser.await(By.id("reg-submit")));
            browser.awaitText(By.id("intake-done"), NUMBER);
        });
        long id = registered();

        as(base, "psb-leader", browser -> {
            browser.driver.get(base.resolve("proposals/" + id).toString());
            browser.awaitText(By.id("item-state"), "已交办");
            click(browser, browser.await(By.id("action-acknowledge")));
            browser.awaitText(By.id("item-state"), "已签收");
            click(browser, browser.await(By.id("action-start_handling")));
            browser.awaitText(By.id("item-state"), "办理中");
        });

        as(base, "psb-handler", browser -> {
            browser.driver.get(base.resolve("proposals/" + id).toString());
            browser.awaitText(By.id("item-state"), "办理中");
            List<WebElement> outcomes = browser.driver.findElements(By.cssSelector("#reply-outcome vaadin-radio-button"));
            click(browser, outcomes.getFirst()); // A
            WebElement body = browser.await(By.cssSelector("#reply-body textarea"));
            click(browser, body);
            body.sendKeys("已对该路口信号灯配时进行优化，高峰排队长度明显缩短。");
            click(browser, browser.await(By.id("reply-submit")));
            browser.awaitText(By.id("item-state"), "审核中");
        });

        as(base, "psb-leader", browser -> {
            browser.driver.get(base.resolve("proposals/" + id).toString());
            browser.awaitText(By.id("item-state"), "审核中");
            click(browser, browser.await(By.id("reply-approve")));
            browser.awaitText(By.id("item-state"), "已答复");
        });

        as(base, "deputy-li", browser -> {
            browser.driver.get(base.resolve("portal").toString());
            browser.awaitText(By.id("portal-grid"), NUMBER);
            browser.driver.get(base.resolve("portal/" + id).toString());
            browser.awaitText(By.id("portal-item-state"), "已答复");
            browser.awaitText(By.id("portal-reply"), "高峰排队长度明显缩短");
            click(browser, browser.await(By.cssSelector("#portal-rating-choice vaadin-radio-button"))); // 满意
            WebElement comment = browser.await(By.id("portal-rating-comment")).findElement(By.tagName("textarea"));
            click(browser, comment);
            comment.sendKeys("办理及时，效果明显");
            click(browser, browser.await(By.id("portal-rating-submit")));
            browser.awaitText(By.id("portal-item-state"), "已评价");
        });

        as(base, "psb-supervisor", browser -> {
            browser.driver.get(base.resolve("proposals/" + id).toString());
            browser.awaitText(By.id("item-state"), "已评价");
            click(browser, browser.await(By.id("action-close")));
            browser.awaitText(By.id("item-state"), "办结");
            browser.screenshot(Path.of("target/it/journey-closed.png"));
        });

        JsonObject item = ok(call(base, "GET", "api/v1/proposals/items/" + id, "psb-leader", null));
        assertThat(item.getString("state")).isEqualTo("closed");
        assertThat(item.getString("outcome")).isEqualTo("A");
        assertThat(item.getString("rating")).isEqualTo("satisfied");
        assertThat(okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/history", "psb-leader", null))
                .getValuesAs(JsonObject.class)).extracting(h -> h.getString("actor") + ":" + h.getString("action"))
                .containsExactly("zd-oversight:register", "psb-leader:acknowledge", "psb-leader:start_handling",
                        "psb-handler:draft_reply", "psb-handler:submit_for_review", "psb-leader:approve_reply",
                        "deputy-li:rate_satisfied", "psb-supervisor:close");
        // every deadline the journey opened is met: nothing left to remind anybody of
        assertThat(okArray(call(base, "GET", "api/v1/proposals/items/" + id + "/deadlines", "psb-leader", null))
                .getValuesAs(JsonObject.class)).isNotEmpty().allSatisfy(d -> assertThat(d.containsKey("metAt")).as(d.toString()).isTrue());
    }

    // ---- one person's turn in a browser of their own ---------------------------------------------

    interface Turn {
        void take(Browser browser) throws Exception;
    }

    private static void as(URI base, String username, Turn turn) throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak(username, Api.PASSWORD);
                browser.await(By.id("user-name"));
                turn.take(browser);
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/journey-" + username + "-failure.png"));
                throw t;
            }
        }
    }

    /** The shell scrolls its content area itself: bring the element into view before clicking it. */
    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.await(By.cssSelector(css));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Types a combo box's label and commits it with Enter once the overlay shows that item. */
    private static void pick(Browser browser, String host, String label) {
        WebElement input = browser.await(By.cssSelector(host + " input"));
        click(browser, input);
        input.sendKeys(label);
        var wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        var js = (JavascriptExecutor) browser.driver;
        wait.until(d -> (Boolean) js.executeScript(
                "const host = document.querySelector(arguments[0]);"
                        + "const items = [...document.querySelectorAll('vaadin-combo-box-item'), ...host.querySelectorAll('vaadin-combo-box-item'),"
                        + " ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('vaadin-combo-box-item') : [])];"
                        + "return items.some(i => i.textContent.trim() === arguments[1]);", host, label));
        input.sendKeys(Keys.ENTER);
        wait.until(d -> (Boolean) js.executeScript("return document.querySelector(arguments[0]).hasAttribute('has-value');", host));
        input.sendKeys(Keys.TAB);
    }

    // ---- database ---------------------------------------------------------------------------------

    private static long registered() throws SQLException {
        try (Connection c = Db.owner()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
            }
            try (PreparedStatement ps = c.prepareStatement("select id from proposal_item where session = ? and number = ?")) {
                ps.setString(1, SESSION);
                ps.setString(2, NUMBER);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("registered in " + PSB).isTrue();
                    created = rs.getLong(1);
                }
            }
            c.commit();
            return created;
        }
    }

    @AfterAll
    static void removeTheItem() throws SQLException {
        if (created == null) {
            return;
        }
        try (Connection c = Db.owner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String recipient : List.of("deputy-li", "psb-handler", "psb-leader", "psb-supervisor")) {
                s.execute("select set_config('app.recipient', '" + recipient + "', true)");
                s.executeUpdate("delete from proposal_notification where item_id = " + created);
            }
            s.execute("select set_config('app.tenant_id', '" + PSB + "', true)");
            s.executeUpdate("delete from proposal_milestone_progress where milestone_id in (select id from proposal_plan_milestone where item_id = " + created + ")");
            for (String table : List.of("proposal_plan_milestone", "proposal_reply", "proposal_rating", "proposal_attachment",
                    "proposal_item_cosigner", "proposal_handling_member", "proposal_item_history")) {
                s.executeUpdate("delete from " + table + " where item_id = " + created);
            }
            // deadlines, sent reminders and the search row go with the item (ON DELETE CASCADE)
            s.executeUpdate("delete from proposal_item where id = " + created);
            c.commit();
        }
    }
}
