package cn.huiyin.platform.application.identity;

import cn.huiyin.platform.application.ModuleRegistry;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.module.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Roles → permissions, read from the one table that maps them (platform_role_permission). */
@ApplicationScoped
public class PermissionCatalog {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    /** Every permission defined by the platform and the installed modules. */
    public List<Permission> defined() {
        return Stream.concat(PlatformPermissions.ALL.stream(),
                modules.modules().stream().flatMap(m -> m.permissions().stream())).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> permissionsOf(Collection<String> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        List<String> rows = em.createQuery(
                        "select distinct r.permission from RolePermission r where r.role in :roles", String.class)
                .setParameter("roles", List.copyOf(roles))
                .getResultList();
        return new HashSet<>(rows);
    }
}
