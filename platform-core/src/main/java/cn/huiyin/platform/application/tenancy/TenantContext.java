package cn.huiyin.platform.application.tenancy;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.TenancyRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The organization a request acts for: one the verified token names AND the platform's own
 * membership table confirms, checked on every request (a removed member's token still names
 * the organization until it expires). Never taken from a header, parameter or body.
 */
@RequestScoped
public class TenantContext {

    @Inject
    CurrentCaller caller;

    @Inject
    TenancyRepository tenancy;

    private Optional<Organization> resolved;
    private String actingFor;

    /** The caller's organization (agency or district), if any. */
    public Optional<Organization> organization() {
        if (resolved == null) {
            resolved = caller.get().flatMap(this::confirmed);
        }
        return resolved;
    }

    private Optional<Organization> confirmed(Caller c) {
        List<Organization> memberOf = tenancy.activeOrganizationsOf(c.username());
        return memberOf.stream().filter(o -> c.organizations().contains(o.getAlias())).findFirst();
    }

    public boolean isPlatformAdmin() {
        return caller.get().map(c -> c.hasRole(Roles.PLATFORM_ADMIN)).orElse(false);
    }

    /** The agency (tenant) whose data this request may touch. */
    public Optional<String> agency() {
        if (actingFor != null) {
            return Optional.of(actingFor);
        }
        return organization().filter(o -> o.getKind() == Organization.Kind.AGENCY).map(Organization::getAlias);
    }

    public String requireAgency() {
        return agency().orElseThrow(NoTenantException::new);
    }

    /**
     * Acts for one agency for the rest of this request: scheduled jobs going through tenants one
     * by one, and district oversight reading its own district's agencies through audited queries.
     */
    public void actFor(String agencyAlias) {
        this.actingFor = agencyAlias;
    }

    public void stopActing() {
        this.actingFor = null;
    }

    /** The caller belongs to no agency the platform confirms. */
    public static class NoTenantException extends RuntimeException {
        public NoTenantException() {
            super("The caller acts for no agency");
        }
    }
}
