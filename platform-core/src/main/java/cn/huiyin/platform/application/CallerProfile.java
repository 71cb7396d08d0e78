package cn.huiyin.platform.application;

import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * What the shell and {@code /api/v1/me} show about the signed-in person: name, primary role and
 * the organization — only an organization the platform itself knows and keeps active.
 */
@ApplicationScoped
public class CallerProfile {

    @Inject
    OrganizationRepository organizations;

    public record Profile(Caller caller, String primaryRole, Optional<Organization> organization, List<String> modules) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Profile of(Caller caller, List<String> modules) {
        String role = Roles.ALL.stream().filter(caller::hasRole).findFirst().orElse(null);
        Optional<Organization> org = caller.organizations().stream()
                .map(organizations::findActiveByAlias)
                .flatMap(Optional::stream)
                .findFirst();
        return new Profile(caller, role, org, modules);
    }
}
