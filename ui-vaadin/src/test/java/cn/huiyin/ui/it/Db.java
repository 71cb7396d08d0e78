package cn.huiyin.ui.it;

import cn.huiyin.devstack.EmbeddedDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The test's own way into the database: as the schema owner, which row-level security binds too
 * (set {@code app.tenant_id} first), to arrange items and remove them afterwards.
 */
final class Db {

    private Db() {
    }

    static Connection owner() throws SQLException {
        EmbeddedDatabase db = Stack.running().db();
        return DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB), EmbeddedDatabase.OWNER_ROLE, EmbeddedDatabase.OWNER_PASSWORD);
    }
}
