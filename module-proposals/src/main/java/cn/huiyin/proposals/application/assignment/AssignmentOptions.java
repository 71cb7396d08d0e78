package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.agency.UnitSummary;
import cn.huiyin.platform.domain.tenancy.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Whom and which unit an item may be assigned to inside the agency: its active people and units. */
@ApplicationScoped
public class AssignmentOptions {

    public record Options(List<AgencyStaff.Person> people, List<UnitSummary> units) {
    }

    @Inject
    AgencyStaff staff;

    @Inject
    UnitRepository units;

    /** The unit's summary (for showing its name), or null when there is none. */
    @Transactional
    public UnitSummary unit(Long id) {
        return id == null ? null : units.find(id).map(UnitSummary::of).orElse(null);
    }

    @Transactional
    public Options current() {
        return new Options(staff.list(), units.all().stream().filter(u -> u.isActive()).map(UnitSummary::of).toList());
    }
}
