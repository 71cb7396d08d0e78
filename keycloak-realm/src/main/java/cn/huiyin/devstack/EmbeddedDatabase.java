package cn.huiyin.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries) for the dev stack and integration tests, with
 * the roles and databases Huiyin and Keycloak expect. The data directory is kept between starts
 * so a dev restart keeps its data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    // Dev-only credentials: they exist only in this embedded server on a developer's or CI's
    // machine. Production gets its own from the deployment (Helm values / secrets), never these.
    /** Owner role: runs the Flyway migrations and owns the tables of {@link #HUIYIN_DB}. */
    public static final String OWNER_ROLE = "huiyin_owner";
    public static final String OWNER_PASSWORD = "huiyin_owner";
    /** Login role of the application: no superuser, no BYPASSRLS, not owner, so RLS binds it. */
    public static final String APP_ROLE = "huiyin_app";
    public static final String APP_PASSWORD = "huiyin_app";
    public static final String HUIYIN_DB = "huiyin";
    public static final String KEYCLOAK_ROLE = "keycloak";
    public static final String KEYCLOAK_PASSWORD = "keycloak";
    public static final String KEYCLOAK_DB = "keycloak";

    /** zonky's initdb superuser; trusted on loopback only (see {@link #writeHba}). */
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL on {@code dataDir} (created and initialised if empty, reused otherwise)
     * and makes sure the roles and databases exist.
     *
     * @param port 0 for any free port
     * @throws PortInUseException if {@code port} is taken
     */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        int chosen = Ports.choose(port, "PostgreSQL",
                "--db-port=<port> (or env HUIYIN_DB_PORT)");
        try {
            Files.createDirectories(dir);
            removeStalePidFile(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(chosen)
                    // the first start unpacks binaries and runs initdb; a busy 2-core box is slow
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectoryCustomizer(d -> writeHba(d.toPath()))
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(pg, dir);
            try {
                db.verifyOwnServer();
                db.ensureRolesAndDatabases();
            } catch (RuntimeException | SQLException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + chosen
                    + " with data directory " + dir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on port " + chosen
                    + " started, but setting up roles and databases failed: " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A connection as the superuser, for tests and tooling that need to look behind RLS. */
    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("stopping PostgreSQL on port " + port(), e);
        }
    }

    /**
     * A PostgreSQL killed with SIGKILL leaves {@code postmaster.pid}. PostgreSQL itself refuses
     * to start when that pid now belongs to some other live process, so remove the file when its
     * pid is not a running postgres; if it is one, somebody still runs this data directory.
     */
    private static void removeStalePidFile(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (RuntimeException e) {
            Files.delete(pidFile); // unreadable: it cannot protect anything
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean postgresAlive = process
                .map(p -> p.info().command().orElse(""))
                .map(cmd -> cmd.endsWith("/postgres") || cmd.equals("postgres"))
                .orElse(false);
        if (postgresAlive) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") is still running on data directory "
                    + dir + ". Stop it (kill " + pid + ") or use another data directory.");
        }
        Files.delete(pidFile);
    }

    /**
     * Loopback only; the zonky superuser stays trusted (that is how zonky itself connects), the
     * Huiyin and Keycloak roles must give their password, so a wrong password in a config fails
     * here as it would in production. Rewritten on each start, so it is also fixed on old dirs.
     */
    private static void writeHba(Path dir) {
        String hba = """
                # written by cn.huiyin.devstack.EmbeddedDatabase on every start
                local all postgres                trust
                host  all postgres 127.0.0.1/32   trust
                host  all postgres ::1/128        trust
                local all all                     scram-sha-256
                host  all all      127.0.0.1/32   scram-sha-256
                host  all all      ::1/128        scram-sha-256
                """;
        try {
            Files.writeString(dir.resolve("pg_hba.conf"), hba);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** If the port check raced with another server, zonky's readiness probe may have hit it. */
    private void verifyOwnServer() throws SQLException {
        try (Connection c = superuserConnection("postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            Path actual = Path.of(rs.getString(1));
            if (!sameFile(actual, dataDir)) {
                throw new IllegalStateException("port " + port() + " is served by another PostgreSQL (data directory "
                        + actual + "), not by ours in " + dataDir);
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // the other server's directory need not be visible to us
        }
    }

    /** Idempotent: safe on a fresh and on a reused data directory. */
    private void ensureRolesAndDatabases() throws SQLException {
        try (Connection c = superuserConnection("postgres"); Statement s = c.createStatement()) {
            ensureRole(c, OWNER_ROLE, OWNER_PASSWORD);
            ensureRole(c, APP_ROLE, APP_PASSWORD);
            ensureRole(c, KEYCLOAK_ROLE, KEYCLOAK_PASSWORD);
            ensureDatabase(c, HUIYIN_DB, OWNER_ROLE);
            ensureDatabase(c, KEYCLOAK_DB, KEYCLOAK_ROLE);
            s.execute("GRANT CONNECT ON DATABASE " + HUIYIN_DB + " TO " + APP_ROLE);
        }
        // The app role gets DML on whatever the owner's migrations create later; it never owns.
        try (Connection c = superuserConnection(HUIYIN_DB); Statement s = c.createStatement()) {
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
            s.execute("GRANT USAGE ON SCHEMA public TO " + APP_ROLE);
            s.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER_ROLE + " IN SCHEMA public"
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + APP_ROLE);
            s.execute("ALTER DEFAULT PRIVILEGES FOR ROLE " + OWNER_ROLE + " IN SCHEMA public"
                    + " GRANT USAGE, SELECT ON SEQUENCES TO " + APP_ROLE);
        }
    }

    /** Creates the login role or resets its attributes and password to the expected ones. */
    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            p.setString(1, role);
            try (ResultSet rs = p.executeQuery()) {
                exists = rs.next();
            }
        }
        // names and passwords are our constants, not input: plain concatenation is safe here
        try (Statement s = c.createStatement()) {
            s.execute((exists ? "ALTER" : "CREATE") + " ROLE " + role
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '" + password + "'");
        }
    }

    private static void ensureDatabase(Connection c, String db, String owner) throws SQLException {
        boolean exists;
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            p.setString(1, db);
            try (ResultSet rs = p.executeQuery()) {
                exists = rs.next();
            }
        }
        try (Statement s = c.createStatement()) {
            // CREATE DATABASE cannot run in a DO block, hence the check from Java
            s.execute(exists ? "ALTER DATABASE " + db + " OWNER TO " + owner
                    : "CREATE DATABASE " + db + " OWNER " + owner + " ENCODING 'UTF8'");
        }
    }
}
