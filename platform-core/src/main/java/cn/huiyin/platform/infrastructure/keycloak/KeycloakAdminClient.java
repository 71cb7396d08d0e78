package cn.huiyin.platform.infrastructure.keycloak;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keycloak's admin REST API for onboarding: organizations, users, realm roles and memberships
 * in the application realm ({@code keycloak.realm}). Plain {@link HttpClient} and JSON-P: the
 * official admin client would bring RESTEasy and Jackson into the WAR.
 *
 * <p>The admin token comes from {@code keycloak.admin.realm} with {@code keycloak.admin.client-id}:
 * the password grant with {@code keycloak.admin.username}/{@code keycloak.admin.password}, or,
 * when {@code keycloak.admin.client-secret} is set, the client-credentials grant of a service
 * account (in production: a confidential client whose service account holds realm-management's
 * {@code manage-users} and {@code manage-realm}). The token is reused until shortly before it
 * expires (the master realm's tokens live 60 s) and fetched anew once if Keycloak answers 401.
 *
 * <p>Errors become {@link KeycloakAdminException} with Keycloak's status and error text. Neither
 * the admin token nor request bodies (the initial password) ever appear in a message or the log.
 */
@ApplicationScoped
public class KeycloakAdminClient {

    private static final Logger LOG = Logger.getLogger(KeycloakAdminClient.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Renew this long before expiry at the latest, so a token never expires in flight. */
    private static final Duration RENEW_MARGIN = Duration.ofSeconds(15);
    private static final int PAGE = 100;

    /** Where and how to reach the admin API; {@link #toString()} hides the secrets. */
    public record Settings(String baseUrl, String realm, String adminRealm, String clientId,
                           String username, String password, String clientSecret) {

        public Settings {
            baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
        }

        /** A local Keycloak's master-realm admin through {@code admin-cli} (dev and tests). */
        public static Settings masterAdmin(String baseUrl, String realm, String username, String password) {
            return new Settings(baseUrl, realm, "master", "admin-cli", username, password, null);
        }

        boolean usesServiceAccount() {
            return clientSecret != null && !clientSecret.isBlank();
        }

        @Override
        public String toString() {
            return "Settings[baseUrl=" + baseUrl + ", realm=" + realm + ", adminRealm=" + adminRealm
                    + ", clientId=" + clientId + ", username=" + username + ", grant="
                    + (usesServiceAccount() ? "client_credentials" : "password") + "]";
        }
    }

    /** A user to create: enabled, e-mail verified, with a non-temporary password. */
    public record NewUser(String username, String firstName, String lastName, String email) {
    }

    private record AdminToken(String value, Instant renewAt) {
    }

    @Inject
    @ConfigProperty(name = "keycloak.admin.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "huiyin")
    String realmName;

    @Inject
    @ConfigProperty(name = "keycloak.admin.realm", defaultValue = "master")
    String adminRealmName;

    @Inject
    @ConfigProperty(name = "keycloak.admin.client-id", defaultValue = "admin-cli")
    String adminClientId;

    @Inject
    @ConfigProperty(name = "keycloak.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "keycloak.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "keycloak.admin.client-secret")
    Optional<String> adminClientSecret;

    private Settings settings;
    private HttpClient http;
    private final Clock clock = Clock.systemUTC();
    private AdminToken token; // guarded by this

    /** For CDI; configured from MicroProfile Config in {@link #configure()}. */
    protected KeycloakAdminClient() {
    }

    /** Outside CDI (tests): a client for the given settings. */
    public static KeycloakAdminClient of(Settings settings) {
        KeycloakAdminClient client = new KeycloakAdminClient();
        client.settings = settings;
        client.http = newHttpClient();
        return client;
    }

    @PostConstruct
    void configure() {
        // without keycloak.admin.url, the server of the issuer (…/realms/huiyin) is the admin API's too
        String base = url.filter(u -> !u.isBlank())
                .or(() -> issuer.filter(i -> i.contains("/realms/")).map(i -> i.substring(0, i.indexOf("/realms/"))))
                .orElse(null);
        settings = new Settings(base, realmName, adminRealmName, adminClientId, adminUsername.orElse(null),
                adminPassword.orElse(null), adminClientSecret.orElse(null));
        http = newHttpClient();
    }

    private static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Settings settings() {
        return settings;
    }

    // ---- organizations

    /**
     * The organization with this alias. Keycloak's {@code search} matches name and domain only;
     * {@code q=alias:<alias>} is an exact match on the alias in 26.x (an attribute query for any
     * other key). Should a server treat it as an attribute query, the pages are scanned instead.
     */
    public Optional<KeycloakOrganization> findOrganizationByAlias(String alias) {
        String op = "find organization '" + alias + "'";
        Optional<KeycloakOrganization> hit = organizations(op, "q=" + enc("alias:" + alias) + "&first=0&max=10&briefRepresentation=false")
                .stream().filter(o -> alias.equals(o.alias())).findFirst();
        if (hit.isPresent()) {
            return hit;
        }
        for (int first = 0; ; first += PAGE) {
            List<KeycloakOrganization> page = organizations(op, "first=" + first + "&max=" + PAGE + "&briefRepresentation=true");
            Optional<KeycloakOrganization> found = page.stream().filter(o -> alias.equals(o.alias())).findFirst();
            if (found.isPresent()) {
                return Optional.of(organization(found.get().id()));
            }
            if (page.size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    /** One organization by Keycloak id, with attributes and domains. */
    public KeycloakOrganization organization(String id) {
        String op = "read organization " + id;
        HttpResponse<String> r = send(op, request("organizations/" + seg(id)).GET(), 200);
        return organizationOf(parse(op, r.body()).asJsonObject());
    }

    /** Every organization of the realm (brief representation: no attributes). */
    public List<KeycloakOrganization> organizations() {
        List<KeycloakOrganization> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<KeycloakOrganization> page = organizations("list organizations",
                    "first=" + first + "&max=" + PAGE + "&briefRepresentation=true");
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private List<KeycloakOrganization> organizations(String op, String query) {
        HttpResponse<String> r = send(op, request("organizations?" + query).GET(), 200);
        return parse(op, r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(KeycloakAdminClient::organizationOf).toList();
    }

    /**
     * Creates an enabled organization; {@code domain} defaults to {@code <alias>.huiyin.local}.
     * Keycloak answers 409 for a taken alias or name, 400 for a domain another organization has.
     *
     * @return Keycloak's id of the new organization
     */
    public String createOrganization(String alias, String name, String description, String domain,
                                     Map<String, List<String>> attributes) {
        JsonObjectBuilder attrs = Json.createObjectBuilder();
        attributes.forEach((k, v) -> attrs.add(k, Json.createArrayBuilder(v)));
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("alias", alias)
                .add("name", name)
                .add("enabled", true)
                .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", domain == null ? alias + ".huiyin.local" : domain)
                        .add("verified", false)))
                .add("attributes", attrs);
        if (description != null) {
            body.add("description", description);
        }
        String op = "create organization '" + alias + "'";
        HttpResponse<String> r = send(op, request("organizations").POST(json(body.build())), 201);
        String id = idFromLocation(op, r);
        LOG.info(() -> "Keycloak organization '" + alias + "' created: " + id);
        return id;
    }

    /** Deletes an organization (its members stay users). @return false if it did not exist */
    public boolean deleteOrganization(String id) {
        HttpResponse<String> r = send("delete organization " + id, request("organizations/" + seg(id)).DELETE(), 204, 404);
        return r.statusCode() == 204;
    }

    /** Makes a user a (unmanaged) member; the body is the user id as a JSON string. */
    public void addOrganizationMember(String organizationId, String userId) {
        send("add user " + userId + " to organization " + organizationId,
                request("organizations/" + seg(organizationId) + "/members")
                        .POST(json(Json.createValue(userId))), 201);
    }

    /** Usernames of an organization's members. */
    public List<String> organizationMembers(String organizationId) {
        String op = "list members of organization " + organizationId;
        HttpResponse<String> r = send(op, request("organizations/" + seg(organizationId) + "/members?first=0&max=1000").GET(), 200);
        return parse(op, r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username", null)).toList();
    }

    // ---- users and roles

    /**
     * Creates an enabled user with a verified e-mail and a non-temporary password. Keycloak
     * answers 409 for a taken username or e-mail and 400 for values its user profile refuses.
     *
     * @return Keycloak's id of the new user
     */
    public String createUser(NewUser user, String password) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("username", user.username())
                .add("enabled", true)
                .add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)));
        optional(body, "firstName", user.firstName());
        optional(body, "lastName", user.lastName());
        optional(body, "email", user.email());
        String op = "create user '" + user.username() + "'";
        HttpResponse<String> r = send(op, request("users").POST(json(body.build())), 201);
        String id = idFromLocation(op, r);
        LOG.info(() -> "Keycloak user '" + user.username() + "' created: " + id);
        return id;
    }

    /** The id of the user with exactly this username. */
    public Optional<String> findUserId(String username) {
        String op = "find user '" + username + "'";
        HttpResponse<String> r = send(op, request("users?exact=true&briefRepresentation=true&username=" + enc(username)).GET(), 200);
        return parse(op, r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
                .map(u -> u.getString("id")).findFirst();
    }

    /** @return false if the user did not exist */
    public boolean deleteUser(String id) {
        HttpResponse<String> r = send("delete user " + id, request("users/" + seg(id)).DELETE(), 204, 404);
        return r.statusCode() == 204;
    }

    /** Grants a realm role; Keycloak wants the role's full representation, so it is read first. */
    public void assignRealmRole(String userId, String role) {
        String read = "read realm role '" + role + "'";
        HttpResponse<String> r = send(read, request("roles/" + seg(role)).GET(), 200);
        JsonArray body = Json.createArrayBuilder().add(parse(read, r.body()).asJsonObject()).build();
        send("grant realm role '" + role + "' to user " + userId,
                request("users/" + seg(userId) + "/role-mappings/realm").POST(json(body)), 204);
    }

    /** Names of the realm roles granted to the user directly. */
    public List<String> realmRolesOf(String userId) {
        String op = "read realm roles of user " + userId;
        HttpResponse<String> r = send(op, request("users/" + seg(userId) + "/role-mappings/realm").GET(), 200);
        return parse(op, r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name")).toList();
    }

    /** The user with exactly this username, with names, e-mail and whether it is enabled. */
    public Optional<KeycloakUser> findUser(String username) {
        String op = "find user '" + username + "'";
        HttpResponse<String> r = send(op, request("users?exact=true&briefRepresentation=false&username=" + enc(username)).GET(), 200);
        return parse(op, r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
                .map(KeycloakAdminClient::userOf).findFirst();
    }

    /** An organization's members with names, e-mail and whether they are enabled. */
    public List<KeycloakUser> organizationMemberUsers(String organizationId) {
        String op = "list members of organization " + organizationId;
        List<KeycloakUser> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            HttpResponse<String> r = send(op, request("organizations/" + seg(organizationId) + "/members?first=" + first
                    + "&max=" + PAGE + "&briefRepresentation=false").GET(), 200);
            List<KeycloakUser> page = parse(op, r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                    .map(KeycloakAdminClient::userOf).toList();
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    /**
     * Enables or disables a user. Keycloak's PUT replaces the representation, so the user is read
     * first and written back with only {@code enabled} changed. A disabled user gets no new token.
     */
    public void setUserEnabled(String userId, boolean enabled) {
        String read = "read user " + userId;
        HttpResponse<String> r = send(read, request("users/" + seg(userId)).GET(), 200);
        JsonObject user = Json.createObjectBuilder(parse(read, r.body()).asJsonObject()).add("enabled", enabled).build();
        send((enabled ? "enable" : "disable") + " user " + userId, request("users/" + seg(userId)).PUT(json(user)), 204);
        LOG.info(() -> "Keycloak user " + userId + (enabled ? " enabled" : " disabled"));
    }

    /** Takes a directly granted realm role away; Keycloak wants the role's representation in the body. */
    public void removeRealmRole(String userId, String role) {
        String read = "read realm role '" + role + "'";
        HttpResponse<String> r = send(read, request("roles/" + seg(role)).GET(), 200);
        JsonArray body = Json.createArrayBuilder().add(parse(read, r.body()).asJsonObject()).build();
        send("remove realm role '" + role + "' from user " + userId,
                request("users/" + seg(userId) + "/role-mappings/realm").method("DELETE", json(body)), 204);
    }

    /** Usernames of the users granted this realm role directly. */
    public List<String> usersInRealmRole(String role) {
        String op = "list users in realm role '" + role + "'";
        List<String> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            HttpResponse<String> r = send(op, request("roles/" + seg(role) + "/users?briefRepresentation=true&first=" + first
                    + "&max=" + PAGE).GET(), 200);
            List<String> page = parse(op, r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                    .map(u -> u.getString("username", null)).toList();
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private static KeycloakUser userOf(JsonObject u) {
        return new KeycloakUser(u.getString("id"), u.getString("username", null), u.getString("firstName", null),
                u.getString("lastName", null), u.getString("email", null), u.getBoolean("enabled", true));
    }

    // ---- plumbing

    private HttpRequest.Builder request(String path) {
        requireConfigured();
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/admin/realms/" + seg(settings.realm()) + "/" + path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(String operation, HttpRequest.Builder builder, int... expected) {
        HttpResponse<String> r = exchange(operation, builder.copy().header("Authorization", "Bearer " + token(false)).build());
        if (r.statusCode() == 401) {
            // revoked or expired early (clock skew): one more try with a fresh token
            r = exchange(operation, builder.copy().header("Authorization", "Bearer " + token(true)).build());
        }
        for (int status : expected) {
            if (r.statusCode() == status) {
                return r;
            }
        }
        throw new KeycloakAdminException(operation, r.statusCode(), errorText(r.body()));
    }

    private HttpResponse<String> exchange(String operation, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeycloakAdminException(operation, 0, "Keycloak did not answer at " + settings.baseUrl()
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakAdminException(operation, 0, "interrupted");
        }
    }

    private synchronized String token(boolean renew) {
        Instant now = clock.instant();
        if (renew || token == null || !now.isBefore(token.renewAt())) {
            token = fetchToken(now);
        }
        return token.value();
    }

    private AdminToken fetchToken(Instant now) {
        requireConfigured();
        String op = "obtain an admin token from realm '" + settings.adminRealm() + "' for client '" + settings.clientId() + "'";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", settings.clientId());
        if (settings.usesServiceAccount()) {
            form.put("grant_type", "client_credentials");
            form.put("client_secret", settings.clientSecret());
        } else {
            if (settings.username() == null || settings.password() == null) {
                throw new KeycloakAdminException(op, 0, "keycloak.admin.username and keycloak.admin.password "
                        + "(or keycloak.admin.client-secret) are not configured");
            }
            form.put("grant_type", "password");
            form.put("username", settings.username());
            form.put("password", settings.password());
        }
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/realms/" + seg(settings.adminRealm())
                        + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> r = exchange(op, request);
        if (r.statusCode() != 200) {
            throw new KeycloakAdminException(op, r.statusCode(), errorText(r.body()));
        }
        JsonObject json = parse(op, r.body()).asJsonObject();
        long lifetime = json.getJsonNumber("expires_in").longValue();
        Duration margin = RENEW_MARGIN.compareTo(Duration.ofSeconds(lifetime / 2)) < 0 ? RENEW_MARGIN : Duration.ofSeconds(lifetime / 2);
        return new AdminToken(json.getString("access_token"), now.plusSeconds(lifetime).minus(margin));
    }

    private void requireConfigured() {
        if (settings == null || settings.baseUrl() == null) {
            throw new KeycloakAdminException("reach Keycloak's admin API", 0,
                    "keycloak.admin.url is not configured (nor oidc.issuer to derive it from)");
        }
    }

    private static KeycloakOrganization organizationOf(JsonObject o) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        JsonObject attrs = o.getJsonObject("attributes");
        if (attrs != null) {
            attrs.forEach((k, v) -> attributes.put(k, v.asJsonArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList()));
        }
        List<String> domains = o.containsKey("domains")
                ? o.getJsonArray("domains").getValuesAs(JsonObject.class).stream().map(d -> d.getString("name")).toList()
                : List.of();
        return new KeycloakOrganization(o.getString("id"), o.getString("alias", null), o.getString("name", null),
                o.getBoolean("enabled", true), attributes, domains);
    }

    private static String idFromLocation(String operation, HttpResponse<String> r) {
        String location = r.headers().firstValue("Location")
                .orElseThrow(() -> new KeycloakAdminException(operation, r.statusCode(), "answer without Location header"));
        String path = URI.create(location).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Keycloak's error text: admin endpoints say {@code errorMessage} (with {@code field} for
     * user-profile errors), others {@code error}/{@code error_description}.
     */
    static String errorText(String body) {
        if (body == null || body.isBlank()) {
            return "(no details)";
        }
        try {
            JsonStructure s = Json.createReader(new StringReader(body)).read();
            if (s instanceof JsonObject o) {
                String message = firstString(o, "errorMessage", "error_description", "error");
                if (message != null) {
                    String field = firstString(o, "field");
                    return field == null ? message : field + ": " + message;
                }
            }
        } catch (RuntimeException notJson) {
            // fall through to the raw text
        }
        String text = body.strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String firstString(JsonObject o, String... keys) {
        for (String k : keys) {
            JsonValue v = o.get(k);
            if (v instanceof JsonString s && !s.getString().isBlank()) {
                return s.getString();
            }
        }
        return null;
    }

    private static JsonStructure parse(String operation, String body) {
        try {
            return Json.createReader(new StringReader(body)).read();
        } catch (RuntimeException e) {
            throw new KeycloakAdminException(operation, 200, "unreadable answer: " + errorText(body));
        }
    }

    private static HttpRequest.BodyPublisher json(JsonValue value) {
        return HttpRequest.BodyPublishers.ofString(value.toString(), StandardCharsets.UTF_8);
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (value != null && !value.isBlank()) {
            b.add(key, value);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path segment: URLEncoder's form encoding, with spaces as %20. */
    private static String seg(String s) {
        return enc(s).replace("+", "%20");
    }
}
