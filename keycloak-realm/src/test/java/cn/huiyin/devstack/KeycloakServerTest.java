package cn.huiyin.devstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real Keycloak on the real PostgreSQL, started once for the class on a fresh Keycloak
 * database (so the realm import, organizations and memberships are exercised), then restarted
 * on the same database at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakServerTest {

    static final String PASSWORD = "huiyin123";
    static final Path DIR = Path.of(System.getProperty("huiyin.test.dir", "target/devstack-test")).toAbsolutePath();

    static EmbeddedDatabase db;
    static KeycloakServer keycloak;

    @BeforeAll
    static void start() throws Exception {
        deleteTree(DIR.resolve("pg-keycloak")); // a fresh Keycloak database: the import must work
        db = EmbeddedDatabase.start(DIR.resolve("pg-keycloak"), 0);
        long t0 = System.nanoTime();
        keycloak = KeycloakServer.start(KeycloakServer.Options.defaults()
                .database(db)
                .logFile(DIR.resolve("keycloak.log")));
        System.out.printf("Keycloak ready on %d in %d ms (pid %d)%n", keycloak.port(), ms(t0), keycloak.pid());
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void issuerIsLocalhostWhicheverHostTheClientUses() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String host : List.of("localhost", "127.0.0.1")) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + keycloak.port()
                            + "/realms/huiyin/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(Json.parseObject(body)).containsEntry("issuer", "http://localhost:" + keycloak.port() + "/realms/huiyin");
        }
        assertThat(keycloak.issuer()).isEqualTo("http://localhost:" + keycloak.port() + "/realms/huiyin");
    }

    @Test
    @Order(2)
    void handlerTokenCarriesRolesOrganizationAudienceAndChineseNames() {
        Map<String, Object> c = claims("psb-handler");
        assertThat(c.get("iss")).isEqualTo(keycloak.issuer());
        assertThat(list(c.get("aud"))).contains("huiyin-api");
        assertThat(list(c.get("groups"))).containsExactly("handler");
        assertThat(list(c.get("organization"))).containsExactly("zhangdian-psb");
        assertThat(c).containsEntry("preferred_username", "psb-handler")
                .containsEntry("given_name", "志强")
                .containsEntry("family_name", "吴")
                .containsEntry("name", "志强 吴")
                .containsEntry("email", "psb-handler@psb.zhangdian.example")
                .containsKey("sub");
        assertThat(map(c.get("realm_access")).get("roles")).isEqualTo(List.of("handler"));
    }

    @Test
    @Order(3)
    void everyUserHasTheirRoleAndOrganization() {
        assertUser("platform-admin", "platform-admin", null);
        assertUser("zd-oversight", "district-oversight", "zhangdian");
        assertUser("psb-admin", "agency-admin", "zhangdian-psb");
        assertUser("psb-leader", "leader", "zhangdian-psb");
        assertUser("psb-supervisor", "supervisor", "zhangdian-psb");
        assertUser("edu-admin", "agency-admin", "zhangdian-edu");
        assertUser("edu-handler", "handler", "zhangdian-edu");
        assertUser("deputy-li", "proposer", "zhangdian");
        assertUser("member-zhang", "proposer", "zhangdian");
        assertThat(claims("deputy-li")).containsEntry("name", "明 李");
        assertThat(claims("zd-oversight")).containsEntry("family_name", "王");
    }

    @Test
    @Order(4)
    void wrongPasswordIsRefusedAndTheWebClientHasNoPasswordGrant() {
        // Keycloak 26.7 answers a wrong password with 400 invalid_grant (RFC 6749 5.2), not 401
        assertThatThrownBy(() -> DirectGrant.token(keycloak.issuer(), "huiyin-cli", "psb-handler", "wrong"))
                .isInstanceOfSatisfying(DirectGrant.GrantFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.body()).contains("invalid_grant");
                });
        // huiyin-web is confidential (401 without its secret) and standard-flow only
        assertThatThrownBy(() -> DirectGrant.token(keycloak.issuer(), "huiyin-web", "psb-handler", PASSWORD))
                .isInstanceOfSatisfying(DirectGrant.GrantFailedException.class,
                        e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    @Order(5)
    void busyPortFailsFast() {
        assertThatThrownBy(() -> KeycloakServer.start(KeycloakServer.Options.defaults()
                .database(db).httpPort(keycloak.port()).logFile(DIR.resolve("keycloak-busy.log"))))
                .isInstanceOf(PortInUseException.class)
                .hasMessageContaining("port " + keycloak.port() + " is already in use")
                .hasMessageContaining("--kc-port");
    }

    @Test
    @Order(6)
    void restartOnTheSameDatabaseKeepsRealmAndMembershipsAndStopLeavesNoProcess() {
        int port = keycloak.port();
        // kc.sh runs Keycloak's JVM as a child, except after Quarkus' build step, where it execs it
        ProcessHandle kcSh = ProcessHandle.of(keycloak.pid()).orElseThrow();
        List<ProcessHandle> tree = Stream.concat(Stream.of(kcSh), kcSh.descendants()).toList();
        assertThat(tree).anyMatch(p -> p.info().command().orElse("").endsWith("/bin/java"));
        printRss(tree);

        keycloak.close();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(keycloakProcessesOnPort(port)).isEmpty();

        long t0 = System.nanoTime();
        keycloak = KeycloakServer.start(KeycloakServer.Options.defaults()
                .database(db)
                .httpPort(port) // same port right after the stop: no TIME_WAIT trouble
                .logFile(DIR.resolve("keycloak-restart.log")));
        System.out.printf("Keycloak restarted in %d ms%n", ms(t0));
        Map<String, Object> c = claims("psb-handler");
        assertThat(list(c.get("organization"))).containsExactly("zhangdian-psb");
        assertThat(c.get("iss")).isEqualTo("http://localhost:" + port + "/realms/huiyin");

        keycloak.close();
        assertThat(keycloakProcessesOnPort(port)).isEmpty();
        keycloak = null;
    }

    private static void assertUser(String username, String role, String org) {
        Map<String, Object> c = claims(username);
        assertThat(list(c.get("groups"))).as(username).containsExactly(role);
        if (org == null) {
            assertThat(c).as(username).doesNotContainKey("organization");
        } else {
            assertThat(list(c.get("organization"))).as(username).containsExactly(org);
        }
        assertThat(list(c.get("aud"))).as(username).contains("huiyin-api");
    }

    private static Map<String, Object> claims(String username) {
        return DirectGrant.claims(DirectGrant.token(keycloak.issuer(), "huiyin-cli", username, PASSWORD));
    }

    /** {@code aud} is a string when there is one audience, an array otherwise. */
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? List.copyOf(l) : o == null ? List.of() : List.of(o);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /** Any process (kc.sh or its JVM, orphaned or not) whose command line serves this port. */
    private static List<ProcessHandle> keycloakProcessesOnPort(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("--http-port=" + port)).orElse(false))
                .filter(ProcessHandle::isAlive)
                .toList();
    }

    private static void printRss(List<ProcessHandle> tree) {
        for (ProcessHandle p : tree) {
            try {
                String status = Files.readString(Path.of("/proc/" + p.pid() + "/status"));
                status.lines().filter(l -> l.startsWith("VmRSS")).forEach(l ->
                        System.out.printf("Keycloak pid %d (%s) %s%n", p.pid(),
                                p.info().command().orElse("?"), l.replaceAll("\\s+", " ")));
            } catch (Exception ignored) {
                // gone already
            }
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
