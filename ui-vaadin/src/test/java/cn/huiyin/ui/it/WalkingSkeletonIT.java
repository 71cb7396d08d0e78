package cn.huiyin.ui.it;

import cn.huiyin.devstack.DirectGrant;
import cn.huiyin.devstack.KeycloakServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole stack at once: the WAR on a real Payara Micro, the real Keycloak and PostgreSQL,
 * driven over HTTP and through Debian's Chromium. One deployment for all of it: a Payara start
 * costs ~20 s here.
 */
@ExtendWith({Stack.class, ArquillianExtension.class})
class WalkingSkeletonIT {

    static final String PASSWORD = "huiyin123";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL deployed;

    URI base;

    /** Payara reports the machine's address; tests talk to loopback only, and Keycloak's redirect URIs say localhost. */
    @BeforeEach
    void onLoopback() {
        String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        base = URI.create("http://localhost:" + deployed.getPort() + path);
    }

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huiyin.war")));
    }

    private static KeycloakServer keycloak() {
        return Stack.running().keycloak();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static void assertProblem(HttpResponse<String> r, String code) {
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(t -> assertThat(t).startsWith("Bearer"));
        JsonObject problem = json(r);
        assertThat(problem.getString("type")).isEqualTo("urn:huiyin:problem:" + code);
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("requestId")).isNotBlank();
    }

    @Test
    void apiAnswersAMissingTokenWith401Problem() throws Exception {
        assertProblem(get("api/v1/me", null), "token-missing");
    }

    @Test
    void apiAnswersAMalformedTokenWith401Problem() throws Exception {
        assertProblem(get("api/v1/me", "Basic cHNiLWhhbmRsZXI6aHVpeWluMTIz"), "token-malformed");
        assertProblem(get("api/v1/me", "Bearer not-a-jwt"), "token-invalid");
    }

    @Test
    void apiRefusesATamperedToken() throws Exception {
        String token = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-handler", PASSWORD);
        String[] parts = token.split("\\.");
        // claim to be the platform admin: the signature no longer matches
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("psb-handler", "platform-admin").getBytes())
                + "." + parts[2];
        assertProblem(get("api/v1/me", "Bearer " + forged), "token-invalid");
    }

    @Test
    void apiRefusesATokenOfAnotherIssuer() throws Exception {
        // a genuine Keycloak token, but of the master realm
        String master = DirectGrant.token(keycloak().baseUrl() + "/realms/master", "admin-cli",
                KeycloakServer.DEV_ADMIN_USER, KeycloakServer.DEV_ADMIN_PASSWORD);
        assertProblem(get("api/v1/me", "Bearer " + master), "token-invalid");
    }

    @Test
    void apiKnowsTheCallerFromAKeycloakToken() throws Exception {
        String token = DirectGrant.token(keycloak().issuer(), "huiyin-cli", "psb-handler", PASSWORD);

        HttpResponse<String> r = get("api/v1/me", "Bearer " + token);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject me = json(r);
        assertThat(me.getString("username")).isEqualTo("psb-handler");
        assertThat(me.getString("primaryRole")).isEqualTo("handler");
        assertThat(me.getJsonObject("organization").getString("alias")).isEqualTo("zhangdian-psb");
        assertThat(me.getJsonObject("organization").getString("nameZh")).isEqualTo("张店公安分局");
        assertThat(me.getJsonArray("modules").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("proposals", "visits", "reports");
    }

    @Test
    void healthIsReadyWithDatabaseAndKeycloak() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject health = json(r);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("name")).contains("database", "keycloak");
    }

    @Test
    void aHandlerSignsInThroughKeycloakSeesTheShellAndSignsOut() throws Exception {
        try (Browser browser = new Browser()) {
            try {
                browser.driver.get(base.toString());
                browser.signInAtKeycloak("psb-handler", PASSWORD);

                browser.awaitText(By.id("user-agency"), "张店公安分局");
                assertThat(browser.await(By.id("user-role")).getText()).isEqualTo("承办人");
                assertThat(browser.await(By.id("user-name")).getText()).isEqualTo("吴志强");
                String nav = browser.await(By.id("module-nav")).getText();
                // reports are for leaders, supervision and oversight, not for a handler's role
                assertThat(nav).contains("建议提案办理", "面商与回访").doesNotContain("统计与报告");
                browser.screenshot(Path.of("target/it/shell.png"));

                // the UI's session cookie is no key to the API
                String cookies = browser.driver.manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
                HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/me"))
                        .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).isEqualTo(401);

                // sign out ends the Keycloak session too: the app asks for a login again
                browser.await(By.id("logout")).click();
                browser.awaitUrlContains("/realms/huiyin/");
                browser.driver.get(base.toString());
                browser.awaitUrlContains("/realms/huiyin/");
                assertThat(browser.await(By.id("username")).isDisplayed()).isTrue();
            } catch (Throwable t) {
                browser.screenshot(Path.of("target/it/failure.png"));
                throw t;
            }
        }
    }
}
