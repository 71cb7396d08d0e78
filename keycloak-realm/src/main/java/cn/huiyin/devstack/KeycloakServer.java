package cn.huiyin.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The real Keycloak distribution ({@code bin/kc.sh start-dev}) on PostgreSQL, with the huiyin
 * realm imported, for the dev stack and integration tests.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "huiyin";
    /** Dev-only bootstrap admin of the master realm (local servers only). */
    public static final String DEV_ADMIN_USER = "admin";
    public static final String DEV_ADMIN_PASSWORD = "admin";
    public static final String REALM_RESOURCE = "/realm/huiyin-realm.json";

    private static final System.Logger LOG = System.getLogger(KeycloakServer.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private KeycloakServer(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        // so Ctrl-C on the dev script or a crashed test JVM does not leave Keycloak running
        this.shutdownHook = new Thread(this::stop, "keycloak-" + port + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Unpacks the distribution once, starts Keycloak and waits until the realm answers.
     *
     * @throws PortInUseException if the requested port is taken
     * @throws IllegalStateException if Keycloak dies or is not ready in time (with its log's tail)
     */
    public static KeycloakServer start(Options o) {
        Objects.requireNonNull(o.jdbcUrl, "Options.database(...) or jdbc(...) is required");
        Path home = KeycloakDist.ensureUnpacked(o.distZip, o.cacheDir);
        // Held until ready: a first start runs Quarkus' build step into home/lib, which two
        // concurrent starts on the same cache dir must not do at once.
        try (KeycloakDist.CacheLock ignored = KeycloakDist.CacheLock.acquire(home)) {
            int port = Ports.choose(o.httpPort, "Keycloak HTTP", "--kc-port=<port> (or env HUIYIN_KC_PORT)");
            Path log = o.logFile != null ? o.logFile : home.resolve("log").resolve("keycloak-" + port + ".log");
            installRealm(o.realmJson, home);
            Files.createDirectories(log.toAbsolutePath().getParent());
            long t0 = System.nanoTime();
            LOG.log(System.Logger.Level.INFO, "Starting Keycloak on port {0,number,#}, log {1}", port, log);
            Process p = command(o, home, port, log).start();
            KeycloakServer server = new KeycloakServer(p, port, log);
            try {
                server.awaitReady(o.startTimeout);
                LOG.log(System.Logger.Level.INFO, "Keycloak ready at {0} in {1,number,#} ms", server.issuer(),
                        (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("starting Keycloak from " + home, e);
        }
    }

    /**
     * One fixed set of build-time options ({@code start-dev --db=postgres}) in every start, so
     * Quarkus' build step runs once per cache dir; everything else is a runtime option.
     */
    static ProcessBuilder command(Options o, Path home, int port, Path log) {
        List<String> cmd = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--db=postgres",
                "--db-url=" + o.jdbcUrl,
                "--db-username=" + o.dbUser,
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // a full URL fixes the issuer, whichever host name a client uses to reach us
                "--hostname=" + baseUrl(port),
                "--import-realm",
                "--log-console-color=false"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        // the caller's KC_* / JAVA_OPTS would silently change options or the build step
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("JAVA_OPTS") || k.equals("JAVA_ADD_OPENS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms32m -Xmx384m");
        env.put("KC_DB_PASSWORD", o.dbPassword); // env, not argv: keeps it out of `ps`
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", o.adminUser);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", o.adminPassword);
        return pb;
    }

    /**
     * {@code --import-realm} reads data/import/*.json and skips a realm that already exists, so
     * a restart on the same database keeps its data (and ignores edits to the file).
     */
    private static void installRealm(URL realmJson, Path home) throws IOException {
        Path dir = home.resolve("data/import");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "realm", ".tmp");
        try (InputStream in = realmJson.openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        // atomic, and not *.json while incomplete
        Files.move(tmp, dir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitReady(Duration timeout) {
        URI discovery = URI.create("http://127.0.0.1:" + port + "/realms/" + REALM + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before it was ready. Log " + logFile + ", last lines:\n" + logTail(40));
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    Object issuer = Json.parseObject(r.body()).get("issuer");
                    if (!issuer().equals(issuer)) {
                        throw new IllegalStateException("Keycloak answers with issuer " + issuer + ", expected " + issuer());
                    }
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s. Log "
                + logFile + ", last lines:\n" + logTail(40));
    }

    /** {@code http://localhost:<port>/realms/huiyin}, the {@code iss} of every token. */
    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return baseUrl(port);
    }

    private static String baseUrl(int port) {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** The pid of {@code kc.sh}; Keycloak's JVM is its child. */
    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of this run's log, for error messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** SIGTERM, up to 30 s for a clean shutdown, then SIGKILL; never leaves the JVM child behind. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // called from the hook itself
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        // Snapshot first: once kc.sh is gone its java child is re-parented and no longer a descendant.
        List<ProcessHandle> tree = process.descendants().toList();
        // kc.sh traps TERM and forwards it to java (which it runs in the background, not exec'd)
        process.destroy();
        boolean exited = waitFor(process.toHandle(), 30);
        for (ProcessHandle child : tree) {
            if (child.isAlive()) {
                child.destroy();
                if (!waitFor(child, exited ? 30 : 5)) {
                    child.destroyForcibly();
                }
            }
        }
        if (!exited) {
            process.destroyForcibly();
            waitFor(process.toHandle(), 10);
        }
    }

    private static boolean waitFor(ProcessHandle p, long seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        } catch (Exception timeout) {
            return !p.isAlive();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    /** Start options; the defaults fit the dev stack and the tests. */
    public static final class Options {
        private Path cacheDir = KeycloakDist.defaultCacheDir();
        private Path distZip = KeycloakDist.defaultZip();
        private int httpPort;
        private String jdbcUrl;
        private String dbUser;
        private String dbPassword;
        private URL realmJson = Objects.requireNonNull(KeycloakServer.class.getResource(REALM_RESOURCE));
        private String adminUser = DEV_ADMIN_USER;
        private String adminPassword = DEV_ADMIN_PASSWORD;
        private Path logFile;
        private Duration startTimeout = Duration.ofSeconds(180);

        public static Options defaults() {
            return new Options();
        }

        /** Where the distribution is unpacked once; default {@code ~/.huiyin/cache/keycloak-<version>}. */
        public Options cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        /** The keycloak-quarkus-dist zip; default: the one Maven resolved when building this module. */
        public Options distZip(Path zip) {
            this.distZip = zip;
            return this;
        }

        /** 0 (default) for any free port. */
        public Options httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        public Options jdbc(String url, String user, String password) {
            this.jdbcUrl = url;
            this.dbUser = user;
            this.dbPassword = password;
            return this;
        }

        /** Keycloak's own database {@code keycloak} on the embedded PostgreSQL. */
        public Options database(EmbeddedDatabase db) {
            return jdbc(db.jdbcUrl(EmbeddedDatabase.KEYCLOAK_DB), EmbeddedDatabase.KEYCLOAK_ROLE,
                    EmbeddedDatabase.KEYCLOAK_PASSWORD);
        }

        /** Default: this jar's {@value KeycloakServer#REALM_RESOURCE}. */
        public Options realmJson(URL json) {
            this.realmJson = json;
            return this;
        }

        public Options admin(String user, String password) {
            this.adminUser = user;
            this.adminPassword = password;
            return this;
        }

        /** Overwritten on each start; default {@code <cacheDir>/log/keycloak-<port>.log}. */
        public Options logFile(Path file) {
            this.logFile = file;
            return this;
        }

        public Options startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }
    }
}
