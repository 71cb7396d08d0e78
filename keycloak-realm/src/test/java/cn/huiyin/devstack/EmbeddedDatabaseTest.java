package cn.huiyin.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static cn.huiyin.devstack.EmbeddedDatabase.APP_PASSWORD;
import static cn.huiyin.devstack.EmbeddedDatabase.APP_ROLE;
import static cn.huiyin.devstack.EmbeddedDatabase.HUIYIN_DB;
import static cn.huiyin.devstack.EmbeddedDatabase.KEYCLOAK_DB;
import static cn.huiyin.devstack.EmbeddedDatabase.KEYCLOAK_PASSWORD;
import static cn.huiyin.devstack.EmbeddedDatabase.KEYCLOAK_ROLE;
import static cn.huiyin.devstack.EmbeddedDatabase.OWNER_PASSWORD;
import static cn.huiyin.devstack.EmbeddedDatabase.OWNER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void createsRolesDatabasesAndGrants() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(tmp.resolve("pg"), 0)) {
            assertThat(db.jdbcUrl(HUIYIN_DB)).isEqualTo("jdbc:postgresql://localhost:" + db.port() + "/huiyin");

            try (Connection su = db.superuserConnection("postgres")) {
                assertThat(query(su, "SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'huiyin_app'"))
                        .containsExactly("f|f|t");
                assertThat(query(su, "SELECT rolname FROM pg_roles WHERE rolname LIKE 'huiyin%' OR rolname = 'keycloak' ORDER BY 1"))
                        .containsExactly("huiyin_app", "huiyin_owner", "keycloak");
                assertThat(query(su, "SELECT datname, pg_get_userbyid(datdba) FROM pg_database"
                        + " WHERE datname IN ('huiyin', 'keycloak') ORDER BY 1"))
                        .containsExactly("huiyin|huiyin_owner", "keycloak|keycloak");
                assertThat(query(su, "SELECT has_database_privilege('huiyin_app', 'huiyin', 'CONNECT')"))
                        .containsExactly("t");
            }
            try (Connection su = db.superuserConnection(HUIYIN_DB)) {
                assertThat(query(su, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'"))
                        .containsExactly("huiyin_owner");
            }

            // what the owner's migrations create, the app role may use (default privileges) ...
            try (Connection owner = DriverManager.getConnection(db.jdbcUrl(HUIYIN_DB), OWNER_ROLE, OWNER_PASSWORD);
                 Statement s = owner.createStatement()) {
                s.execute("CREATE TABLE item (id bigserial PRIMARY KEY, title text)");
            }
            try (Connection app = DriverManager.getConnection(db.jdbcUrl(HUIYIN_DB), APP_ROLE, APP_PASSWORD);
                 Statement s = app.createStatement()) {
                s.execute("INSERT INTO item (title) VALUES ('建议第0012号')");
                assertThat(query(app, "SELECT title FROM item")).containsExactly("建议第0012号");
                // ... but it owns nothing and cannot create or alter
                assertThatThrownBy(() -> s.execute("CREATE TABLE mine (x int)")).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.execute("ALTER TABLE item DISABLE ROW LEVEL SECURITY"))
                        .hasMessageContaining("must be owner");
            }
            try (Connection kc = DriverManager.getConnection(db.jdbcUrl(KEYCLOAK_DB), KEYCLOAK_ROLE, KEYCLOAK_PASSWORD);
                 Statement s = kc.createStatement()) {
                s.execute("CREATE TABLE probe (x int)");
            }
            // passwords are checked (scram), not trusted
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(HUIYIN_DB), APP_ROLE, "wrong"))
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void keepsDataAcrossRestartsAndRecoversFromAKilledServer() throws Exception {
        Path dir = tmp.resolve("pg");
        int port;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            port = db.port();
            try (Connection owner = DriverManager.getConnection(db.jdbcUrl(HUIYIN_DB), OWNER_ROLE, OWNER_PASSWORD);
                 Statement s = owner.createStatement()) {
                s.execute("CREATE TABLE kept (v text)");
                s.execute("INSERT INTO kept VALUES ('回音')");
            }
        }
        assertThat(dir.resolve("postmaster.pid")).doesNotExist();

        // same data directory, explicitly chosen port: data is there, setup runs again idempotently
        EmbeddedDatabase again = EmbeddedDatabase.start(dir, port);
        try {
            assertThat(again.port()).isEqualTo(port);
            try (Connection app = DriverManager.getConnection(again.jdbcUrl(HUIYIN_DB), APP_ROLE, APP_PASSWORD)) {
                assertThat(query(app, "SELECT v FROM kept")).containsExactly("回音");
            }
            // a second server on a running data directory is refused with a clear message
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, 0))
                    .hasMessageContaining("still running on data directory");

            // kill -9 the postmaster (as a crashed dev run would): postmaster.pid stays behind
            long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            List<ProcessHandle> children = postmaster.children().toList();
            postmaster.destroyForcibly();
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            for (ProcessHandle c : children) {
                c.onExit().get(10, TimeUnit.SECONDS); // backends exit when they notice the postmaster died
            }
        } finally {
            again.close(); // zonky's pg_ctl stop fails (logged); what matters is that it releases its lock
        }
        assertThat(dir.resolve("postmaster.pid")).exists();

        try (EmbeddedDatabase recovered = EmbeddedDatabase.start(dir, 0);
             Connection app = DriverManager.getConnection(recovered.jdbcUrl(HUIYIN_DB), APP_ROLE, APP_PASSWORD)) {
            assertThat(query(app, "SELECT v FROM kept")).containsExactly("回音");
        }
    }

    @Test
    void busyPortFailsFastWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedDatabase.start(tmp.resolve("pg"), port))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("port " + port + " is already in use")
                    .hasMessageContaining("--db-port")
                    .hasMessageContaining("HUIYIN_DB_PORT");
        }
    }

    /** Rows as "a|b|c" strings. */
    static List<String> query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(b.toString());
            }
            return rows;
        }
    }
}
