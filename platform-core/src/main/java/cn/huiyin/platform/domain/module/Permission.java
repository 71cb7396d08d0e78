package cn.huiyin.platform.domain.module;

import java.util.Set;

/**
 * A permission a module (or the platform) defines, and the roles that hold it by default.
 * Codes are namespaced by module id ({@code proposals.read}); the namespace also tells which
 * module an endpoint belongs to, so a disabled module's endpoints disappear with it.
 */
public record Permission(String code, Set<String> defaultRoles) {

    public Permission {
        if (!code.matches("[a-z][a-z0-9-]*\\.[a-z0-9.-]+")) {
            throw new IllegalArgumentException("Permission code must be '<module>.<name>': " + code);
        }
        defaultRoles = Set.copyOf(defaultRoles);
    }

    public String module() {
        return code.substring(0, code.indexOf('.'));
    }
}
