package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.domain.tenancy.Membership;
import cn.huiyin.platform.domain.tenancy.TenancyRepository;
import cn.huiyin.platform.domain.tenancy.Unit;
import cn.huiyin.platform.domain.tenancy.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database half of {@link AgencyUsers}: each method is a transaction of its own, committed
 * before the use case reports success, so a failing commit still reaches the code that undoes
 * the Keycloak change. Memberships are read by the agency's alias; units through the tenant-bound
 * repository (another agency's unit is not found).
 */
@ApplicationScoped
public class AgencyUsersRecorder {

    public static final String AUDIT_INVITED = "agency.user.invited";
    public static final String AUDIT_ROLE = "agency.user.role-changed";
    public static final String AUDIT_UNIT = "agency.user.unit-assigned";
    public static final String AUDIT_DEACTIVATED = "agency.user.deactivated";
    public static final String AUDIT_REACTIVATED = "agency.user.reactivated";

    /** A membership outside the persistence context. */
    public record Member(String username, boolean active, UnitSummary unit) {
    }

    @Inject
    TenancyRepository tenancy;

    @Inject
    UnitRepository units;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Member> members(String agency) {
        Map<Long, UnitSummary> byId = units.all().stream().map(UnitSummary::of)
                .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        return tenancy.membersOf(agency).stream()
                .map(m -> new Member(m.getUsername(), m.isActive(), m.getUnitId() == null ? null : byId.get(m.getUnitId())))
                .toList();
    }

    /** @throws UseCaseException {@code not-found} when the user is no member of the agency */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Member member(String agency, String username) {
        Membership m = membership(agency, username);
        return new Member(m.getUsername(), m.isActive(), m.getUnitId() == null ? null : unit(m.getUnitId(), false));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isKnown(String username) {
        return tenancy.isKnown(username);
    }

    /** An active unit of the agency to put a member in; {@code null} stays {@code null}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UnitSummary requireUnit(Long unitId) {
        return unitId == null ? null : unit(unitId, true);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void invited(String agency, Invitation i, String keycloakUserId) {
        UnitSummary unit = i.unitId() == null ? null : unit(i.unitId(), true);
        tenancy.save(new Membership(i.username(), agency, unit == null ? null : unit.id()));
        audit.record(AUDIT_INVITED, agency, "user:" + i.username(), null, jsonOf(
                "role", i.role(), "unit", unit == null ? null : unit.nameZh(), "email", i.email(),
                "keycloakUserId", keycloakUserId));
        em.flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void roleChanged(String agency, String username, String before, String after) {
        membership(agency, username);
        audit.record(AUDIT_ROLE, agency, "user:" + username, jsonOf("role", before), jsonOf("role", after));
        em.flush();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Member unitAssigned(String agency, String username, Long unitId) {
        Membership m = membership(agency, username);
        UnitSummary before = m.getUnitId() == null ? null : unit(m.getUnitId(), false);
        UnitSummary after = unitId == null ? null : unit(unitId, true);
        m.assignUnit(unitId);
        audit.record(AUDIT_UNIT, agency, "user:" + username, jsonOf("unit", before == null ? null : before.nameZh()),
                jsonOf("unit", after == null ? null : after.nameZh()));
        em.flush();
        return new Member(username, m.isActive(), after);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void activeChanged(String agency, String username, boolean active) {
        Membership m = membership(agency, username);
        if (active) {
            m.activate();
        } else {
            m.deactivate();
        }
        audit.record(active ? AUDIT_REACTIVATED : AUDIT_DEACTIVATED, agency, "user:" + username,
                jsonOf("active", String.valueOf(!active)), jsonOf("active", String.valueOf(active)));
        em.flush();
    }

    private Membership membership(String agency, String username) {
        return Optional.ofNullable(username).flatMap(u -> tenancy.membership(u, agency))
                .orElseThrow(() -> UseCaseException.notFound("User '" + username + "' of your agency"));
    }

    private UnitSummary unit(long id, boolean mustBeActive) {
        Unit u = units.find(id).orElseThrow(() -> UseCaseException.notFound("Unit " + id));
        if (mustBeActive && !u.isActive()) {
            throw UseCaseException.invalid("unit-inactive", "Unit '" + u.getNameZh() + "' is deactivated.");
        }
        return UnitSummary.of(u);
    }

    /** A flat JSON object: key, value, key, value … (null values as JSON null). */
    static String jsonOf(String... keyValues) {
        var b = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                b.add(keyValues[i], keyValues[i + 1]);
            } else {
                b.addNull(keyValues[i]);
            }
        }
        return b.build().toString();
    }
}
