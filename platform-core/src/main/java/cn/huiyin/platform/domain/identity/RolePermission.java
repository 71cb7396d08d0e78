package cn.huiyin.platform.domain.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One row of the table that maps roles to permissions. */
@Entity
@Table(name = "platform_role_permission")
@IdClass(RolePermission.Key.class)
public class RolePermission {

    public record Key(String role, String permission) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String role;

    @Id
    private String permission;

    protected RolePermission() {
    }

    public String getRole() {
        return role;
    }

    public String getPermission() {
        return permission;
    }
}
