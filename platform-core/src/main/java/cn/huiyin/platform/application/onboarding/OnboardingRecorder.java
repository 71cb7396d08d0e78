package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.domain.tenancy.Membership;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.platform.domain.tenancy.TenancyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The database half of onboarding: organization row, the first admin's membership and the
 * audit line in one transaction of its own, committed before {@link Onboarding} returns — so a
 * failing commit still reaches the code that removes the Keycloak objects again.
 */
@ApplicationScoped
public class OnboardingRecorder {

    public static final String AUDIT_ACTION = "organization.onboarded";

    @Inject
    OrganizationRepository organizations;

    @Inject
    TenancyRepository tenancy;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OrganizationSummary record(OnboardingRequest r, String adminRole, String keycloakOrganizationId,
                                      String keycloakUserId) {
        Organization o = r.kind() == Organization.Kind.DISTRICT
                ? Organization.district(r.alias(), r.nameZh(), r.nameEn())
                : Organization.agency(r.alias(), r.nameZh(), r.nameEn(), r.districtAlias());
        organizations.add(o);
        // the membership's foreign key needs the organization row first; the two entities are unrelated in JPA
        em.flush();
        tenancy.save(new Membership(r.admin().username(), r.alias()));
        audit.record(AUDIT_ACTION, r.alias(), "organization:" + r.alias(), null,
                summary(r, adminRole, keycloakOrganizationId, keycloakUserId));
        em.flush();
        return OrganizationSummary.of(o);
    }

    /** What the audit line keeps: no password, nothing secret. */
    static String summary(OnboardingRequest r, String adminRole, String keycloakOrganizationId, String keycloakUserId) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("kind", r.kind().code())
                .add("nameZh", r.nameZh());
        if (r.nameEn() != null) {
            b.add("nameEn", r.nameEn());
        }
        if (r.districtAlias() != null) {
            b.add("districtAlias", r.districtAlias());
        }
        return b.add("admin", r.admin().username())
                .add("adminRole", adminRole)
                .add("keycloakOrganizationId", keycloakOrganizationId)
                .add("keycloakUserId", keycloakUserId)
                .build().toString();
    }
}
