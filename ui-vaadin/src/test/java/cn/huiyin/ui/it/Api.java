package cn.huiyin.ui.it;

import cn.huiyin.devstack.DirectGrant;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API as a signed-in demo user calls it: real Keycloak tokens, loopback only. */
public final class Api {

    public static final String PASSWORD = "huiyin123";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** Tokens live minutes; the IT classes of one JVM run for longer, so a token is taken anew when old. */
    private record Token(String value, java.time.Instant takenAt) {
        boolean fresh() {
            return takenAt.plus(Duration.ofSeconds(120)).isAfter(java.time.Instant.now());
        }
    }

    /** The app's base URI on loopback (Payara reports the machine's address; Keycloak's redirect URIs say localhost). */
    public static URI base(URL deployed) {
        String path = deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        return URI.create("http://localhost:" + deployed.getPort() + path);
    }

    public static String token(String username) {
        return TOKENS.compute(username, (u, t) -> t != null && t.fresh() ? t
                : new Token(DirectGrant.token(Stack.running().keycloak().issuer(), "huiyin-cli", u, PASSWORD), java.time.Instant.now())).value();
    }

    public static HttpResponse<String> call(URI base, String method, String path, String username, String jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        if (username != null) {
            b.header("Authorization", "Bearer " + token(username));
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public static JsonStructure json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).read();
    }

    public static JsonObject ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return json(r).asJsonObject();
    }

    public static JsonArray okArray(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return json(r).asJsonArray();
    }

    /** Asserts a problem+json answer with the given status and stable code. */
    public static JsonObject problem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject p = json(r).asJsonObject();
        assertThat(p.getString("type")).isEqualTo("urn:huiyin:problem:" + code);
        assertThat(r.body()).doesNotContain("Exception", "SELECT", "select ");
        return p;
    }

    private Api() {
    }
}
