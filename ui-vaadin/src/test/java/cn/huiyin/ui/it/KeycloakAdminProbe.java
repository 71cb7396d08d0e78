package cn.huiyin.ui.it;

import cn.huiyin.devstack.DirectGrant;
import cn.huiyin.devstack.KeycloakServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's admin API called directly by tests, so checks of what the platform created in
 * Keycloak do not rely on the client under test; and small readers of tokens and problems.
 */
final class KeycloakAdminProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdminProbe() {
    }

    private static KeycloakServer keycloak() {
        return Stack.running().keycloak();
    }

    private static HttpRequest.Builder request(String path) {
        String adminToken = DirectGrant.token(keycloak().baseUrl() + "/realms/master", "admin-cli",
                KeycloakServer.DEV_ADMIN_USER, KeycloakServer.DEV_ADMIN_PASSWORD);
        return HttpRequest.newBuilder(URI.create(keycloak().baseUrl() + "/admin/realms/huiyin/" + path))
                .header("Authorization", "Bearer " + adminToken).timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> send(HttpRequest r) {
        try {
            return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonStructure keycloakAdmin(String path) {
        HttpResponse<String> r = send(request(path).GET().build());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Json.createReader(new StringReader(r.body())).read();
    }

    static void keycloakAdminWrite(String method, String path, String json, int expected) {
        HttpResponse<String> r = send(request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
    }

    /** A token claim holding a list of strings (organization, groups). */
    static List<String> claim(Map<String, Object> claims, String name) {
        return claims.get(name) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** The fields named in a validation problem. */
    static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }
}
