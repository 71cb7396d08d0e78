package cn.huiyin.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tokens for tests via the OAuth password grant ("direct access grant") of a public client such
 * as {@code huiyin-cli}. Test and dev use only: real users log in through the browser flow.
 */
public final class DirectGrant {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private DirectGrant() {
    }

    /**
     * The access token (a JWT) for {@code username}.
     *
     * @param issuer e.g. {@code http://localhost:41234/realms/huiyin}
     * @throws GrantFailedException if Keycloak refuses (wrong password: status 401)
     */
    public static String token(String issuer, String clientId, String username, String password) {
        return (String) tokenResponse(issuer, clientId, username, password).get("access_token");
    }

    /** The whole token response: {@code access_token}, {@code id_token}, {@code refresh_token}, … */
    public static Map<String, Object> tokenResponse(String issuer, String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("token request to " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new GrantFailedException(response.statusCode(), response.body(), username);
        }
        return Json.parseObject(response.body());
    }

    /**
     * The payload of a JWT, decoded without checking the signature (tests look at claims; the
     * application itself must verify against the realm's JWKS). Objects are {@code Map}s,
     * arrays {@code List}s, numbers {@code BigDecimal}s.
     */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return Json.parseObject(payload);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Keycloak answered the token request with an error status. */
    public static final class GrantFailedException extends RuntimeException {
        private final int status;
        private final String body;

        GrantFailedException(int status, String body, String username) {
            super("token request for " + username + " failed: HTTP " + status + " " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }
}
