package cn.huiyin.platform.application.agency;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.onboarding.OnboardingRejectedException;
import cn.huiyin.platform.domain.tenancy.Unit;
import cn.huiyin.platform.domain.tenancy.UnitRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names, versions and audit lines of units, with the repository and the audit log faked. */
class AgencyUnitsTest {

    static class FakeUnits implements UnitRepository {
        final List<Unit> units = new ArrayList<>();
        long nextId = 1;

        @Override
        public List<Unit> all() {
            return List.copyOf(units);
        }

        @Override
        public Optional<Unit> find(long id) {
            return units.stream().filter(u -> u.getId() == id).findFirst();
        }

        @Override
        public Optional<Unit> findByNameZh(String nameZh) {
            return units.stream().filter(u -> u.getNameZh().equals(nameZh)).findFirst();
        }

        @Override
        public Unit add(Unit unit) {
            set(unit, "id", nextId++);
            units.add(unit);
            return unit;
        }

        @Override
        public void flush() {
            // what EclipseLink does at flush: a changed unit gets the next version
            units.forEach(u -> set(u, "version", u.getVersion() + 1));
        }

        static void set(Unit u, String field, Object value) {
            try {
                Field f = Unit.class.getDeclaredField(field);
                f.setAccessible(true);
                f.set(u, value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static class FakeAudit extends AuditLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void record(String action, String tenantId, String subject, String before, String after) {
            lines.add(action + " " + tenantId + " " + subject + " " + before + " → " + after);
        }
    }

    FakeUnits repository;
    FakeAudit audit;
    AgencyUnits units;

    @BeforeEach
    void setUp() {
        repository = new FakeUnits();
        audit = new FakeAudit();
        units = new AgencyUnits();
        units.guard = new AgencyUsersTest.FakeGuard();
        units.units = repository;
        units.audit = audit;
    }

    @Test
    void aNewUnitIsAuditedForTheCallersAgency() {
        UnitSummary u = units.create(" 法制大队 ", "Legal Affairs Brigade");

        assertThat(u.nameZh()).isEqualTo("法制大队");
        assertThat(audit.lines).containsExactly("agency.unit.created zhangdian-psb unit:1 null → "
                + "{\"nameZh\":\"法制大队\",\"nameEn\":\"Legal Affairs Brigade\",\"active\":true}");
    }

    @Test
    void namesAreUniqueWithinTheAgencyAndChinese() {
        units.create("法制大队", null);
        assertThatThrownBy(() -> units.create("法制大队", "again"))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("unit-name-exists"));
        assertThatThrownBy(() -> units.create("Legal", null)).isInstanceOf(OnboardingRejectedException.class);
        assertThat(repository.units).hasSize(1);
    }

    @Test
    void anUpdateNeedsTheVersionRead() {
        UnitSummary u = units.create("法制大队", null);

        UnitSummary renamed = units.update(u.id(), u.version(), "法制科", null, true);
        assertThat(renamed.version()).isGreaterThan(u.version());
        assertThatThrownBy(() -> units.update(u.id(), u.version(), "法制大队", null, false))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("stale-version");
                });
        assertThat(repository.find(u.id()).orElseThrow().getNameZh()).isEqualTo("法制科");
        assertThatThrownBy(() -> units.update(99, 0, "法制科", null, true))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.kind()).isEqualTo(UseCaseException.Kind.NOT_FOUND));
        assertThat(audit.lines).hasSize(2).last().asString().startsWith("agency.unit.updated zhangdian-psb unit:1");
    }
}
