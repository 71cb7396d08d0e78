package cn.huiyin.proposals.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A district's deadline rules and calendar: readable by everybody, changed only by the district
 * (row-level security on app.district_id, see V50).
 */
public interface DistrictSettingsRepository {

    record StoredRule(DeadlineRule rule, long version) {
    }

    record CalendarDay(LocalDate day, boolean working, String name) {
    }

    Map<DeadlineKind, StoredRule> rules(String district);

    /** Working-day exceptions of the district, every year. */
    Map<LocalDate, Boolean> calendarExceptions(String district);

    List<CalendarDay> days(String district, int year);

    /** Inserts (version 0 expected) or updates at {@code expectedVersion}; false when stale. */
    boolean saveRule(String district, DeadlineRule rule, long expectedVersion);

    void saveDay(String district, CalendarDay day);

    boolean removeDay(String district, LocalDate day);
}
