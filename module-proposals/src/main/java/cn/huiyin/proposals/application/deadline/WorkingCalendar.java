package cn.huiyin.proposals.application.deadline;

import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.domain.deadline.DeadlineKind;
import cn.huiyin.proposals.domain.deadline.DeadlineRule;
import cn.huiyin.proposals.domain.deadline.DistrictCalendar;
import cn.huiyin.proposals.domain.deadline.DistrictSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days and deadline rules of an agency's district (the agency's parent organization):
 * the district's holidays and make-up working days (调休) over Monday to Friday, and its rules
 * over the defaults of docs/domain.md. An agency without a district works Monday to Friday by
 * the defaults. Each district's settings are kept for a minute; a change made on this instance
 * is seen at once ({@link #forget}), one made on another instance within the minute.
 */
@ApplicationScoped
public class WorkingCalendar {

    private static final long KEEP_MILLIS = 60_000;

    private record Loaded(DistrictCalendar calendar, Map<DeadlineKind, DeadlineRule> rules, Instant at) {
    }

    @Inject
    OrganizationRepository organizations;

    @Inject
    DistrictSettingsRepository settings;

    @Inject
    Clock clock;

    private final Map<String, Loaded> byDistrict = new ConcurrentHashMap<>();

    public boolean isWorkingDay(String agencyAlias, LocalDate day) {
        return calendarOf(agencyAlias).isWorkingDay(day);
    }

    /** The day {@code n} working days after {@code from} (from itself not counted). */
    public LocalDate addWorkingDays(String agencyAlias, LocalDate from, int n) {
        return calendarOf(agencyAlias).addWorkingDays(from, n);
    }

    /** Working days after {@code from} up to and including {@code to} (0 when to ≤ from). */
    public int workingDaysBetween(String agencyAlias, LocalDate from, LocalDate to) {
        return calendarOf(agencyAlias).workingDaysBetween(from, to);
    }

    public DistrictCalendar calendarOf(String agencyAlias) {
        return districtOf(agencyAlias).map(d -> loaded(d).calendar()).orElse(DistrictCalendar.WEEKDAYS);
    }

    /** The district's rule for {@code kind}, or the default. */
    public DeadlineRule ruleOf(String agencyAlias, DeadlineKind kind) {
        return districtOf(agencyAlias).map(d -> loaded(d).rules().get(kind)).orElse(DeadlineRule.DEFAULTS.get(kind));
    }

    /** The due date of a step of {@code kind} starting on {@code from} for this agency. */
    public LocalDate dueFrom(String agencyAlias, DeadlineKind kind, LocalDate from) {
        return ruleOf(agencyAlias, kind).dueFrom(from, calendarOf(agencyAlias));
    }

    public java.util.Optional<String> districtOf(String agencyAlias) {
        return organizations.findActiveByAlias(agencyAlias)
                .filter(o -> o.getKind() == Organization.Kind.AGENCY)
                .map(Organization::getDistrictAlias);
    }

    /** Drops what is kept of a district after its settings changed. */
    public void forget(String district) {
        byDistrict.remove(district);
    }

    private Loaded loaded(String district) {
        Instant now = Instant.now(clock);
        Loaded l = byDistrict.get(district);
        if (l == null || l.at().plusMillis(KEEP_MILLIS).isBefore(now)) {
            Map<DeadlineKind, DeadlineRule> rules = new EnumMap<>(DeadlineRule.DEFAULTS);
            settings.rules(district).forEach((k, r) -> rules.put(k, r.rule()));
            l = new Loaded(new DistrictCalendar(settings.calendarExceptions(district)), Map.copyOf(rules), now);
            byDistrict.put(district, l);
        }
        return l;
    }
}
