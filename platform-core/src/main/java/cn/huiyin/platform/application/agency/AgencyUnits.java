package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.onboarding.OnboardingRejectedException;
import cn.huiyin.platform.application.onboarding.OnboardingRules.Violation;
import cn.huiyin.platform.domain.tenancy.Unit;
import cn.huiyin.platform.domain.tenancy.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * An agency admin's units (科室): list, add, rename, deactivate and reactivate — each change
 * audited ({@code agency.unit.*}) in the same transaction. Only the caller's own agency: the
 * repository is tenant-bound, so another agency's unit is not found (404).
 */
@ApplicationScoped
public class AgencyUnits {

    public static final String AUDIT_CREATED = "agency.unit.created";
    public static final String AUDIT_UPDATED = "agency.unit.updated";

    @Inject
    AgencyGuard guard;

    @Inject
    UnitRepository units;

    @Inject
    AuditLog audit;

    @Transactional
    public List<UnitSummary> list() {
        guard.require();
        return units.all().stream().map(UnitSummary::of).toList();
    }

    /**
     * @throws OnboardingRejectedException invalid names (400, field errors)
     * @throws UseCaseException {@code unit-name-exists} (409)
     */
    @Transactional
    public UnitSummary create(String nameZh, String nameEn) {
        String agency = guard.require().agency();
        String zh = AgencyRules.strip(nameZh);
        String en = AgencyRules.strip(nameEn);
        reject(AgencyRules.checkUnit(zh, en));
        if (units.findByNameZh(zh).isPresent()) {
            throw nameTaken(zh);
        }
        Unit u = units.add(new Unit(zh, en));
        units.flush();
        audit.record(AUDIT_CREATED, agency, "unit:" + u.getId(), null, summary(u));
        return UnitSummary.of(u);
    }

    /**
     * Renames, deactivates or reactivates a unit the caller read at {@code version}.
     *
     * @throws UseCaseException {@code not-found} (404), {@code stale-version} or {@code unit-name-exists} (409)
     */
    @Transactional
    public UnitSummary update(long id, long version, String nameZh, String nameEn, boolean active) {
        String agency = guard.require().agency();
        String zh = AgencyRules.strip(nameZh);
        String en = AgencyRules.strip(nameEn);
        reject(AgencyRules.checkUnit(zh, en));
        Unit u = units.find(id).orElseThrow(() -> UseCaseException.notFound("Unit " + id));
        if (u.getVersion() != version) {
            throw stale();
        }
        if (!u.getNameZh().equals(zh) && units.findByNameZh(zh).isPresent()) {
            throw nameTaken(zh);
        }
        String before = summary(u);
        u.rename(zh, en);
        u.setActive(active);
        try {
            units.flush();
        } catch (OptimisticLockException e) {
            throw stale();
        }
        String after = summary(u);
        if (!after.equals(before)) {
            audit.record(AUDIT_UPDATED, agency, "unit:" + id, before, after);
        }
        return UnitSummary.of(u);
    }

    private static UseCaseException stale() {
        return UseCaseException.conflict("stale-version", "Somebody else changed this unit in the meantime; reload and try again.");
    }

    private static UseCaseException nameTaken(String nameZh) {
        return UseCaseException.conflict("unit-name-exists", "Your agency has a unit named '" + nameZh + "' already.");
    }

    static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new OnboardingRejectedException(violations);
        }
    }

    static String summary(Unit u) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("nameZh", u.getNameZh());
        if (u.getNameEn() != null) {
            b.add("nameEn", u.getNameEn());
        }
        return b.add("active", u.isActive()).build().toString();
    }
}
