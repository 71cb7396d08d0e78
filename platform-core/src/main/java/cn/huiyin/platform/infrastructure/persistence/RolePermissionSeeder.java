package cn.huiyin.platform.infrastructure.persistence;

import cn.huiyin.platform.domain.module.Permission;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Adds the default roles of every defined permission to the role table where missing. */
final class RolePermissionSeeder {

    private RolePermissionSeeder() {
    }

    static int seed(DataSource owner, List<Permission> permissions) {
        String sql = "insert into platform_role_permission (role, permission) values (?, ?) on conflict do nothing";
        int added = 0;
        try (Connection c = owner.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Permission p : permissions) {
                for (String role : p.defaultRoles()) {
                    ps.setString(1, role);
                    ps.setString(2, p.code());
                    added += ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed role permissions", e);
        }
        return added;
    }
}
