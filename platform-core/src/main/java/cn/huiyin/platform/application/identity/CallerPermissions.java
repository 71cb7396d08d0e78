package cn.huiyin.platform.application.identity;

import cn.huiyin.platform.application.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Whether the current caller's roles grant a permission: the one check views use before they open. */
@RequestScoped
public class CallerPermissions {

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog catalog;

    public boolean has(String permission) {
        return caller.get().map(c -> catalog.permissionsOf(c.roles()).contains(permission)).orElse(false);
    }
}
