package cn.huiyin.proposals.infrastructure;

import cn.huiyin.proposals.domain.deadline.DeadlineKind;
import cn.huiyin.proposals.domain.deadline.DeadlineRule;
import cn.huiyin.proposals.domain.deadline.DistrictSettingsRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plain SQL on the district tables. Reads need no tenant (the read policy is open); writes bind
 * the district on the transaction's connection ({@code app.district_id}) the way
 * {@code TenantScoped} binds an agency, and row-level security refuses any other district.
 */
@ApplicationScoped
public class JpaDistrictSettingsRepository implements DistrictSettingsRepository {

    private static final String KEY = JpaDistrictSettingsRepository.class.getName() + ".district";

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry tx;

    @Override
    @SuppressWarnings("unchecked")
    public Map<DeadlineKind, StoredRule> rules(String district) {
        Map<DeadlineKind, StoredRule> rules = new EnumMap<>(DeadlineKind.class);
        List<Object[]> rows = em.createNativeQuery("select kind, amount, unit, version from proposal_deadline_rule where district_alias = ?")
                .setParameter(1, district).getResultList();
        for (Object[] r : rows) {
            DeadlineKind kind = DeadlineKind.ofCode((String) r[0]).orElseThrow();
            DeadlineRule.Unit unit = DeadlineRule.Unit.ofCode((String) r[2]).orElseThrow();
            rules.put(kind, new StoredRule(new DeadlineRule(kind, ((Number) r[1]).intValue(), unit), ((Number) r[3]).longValue()));
        }
        return rules;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<LocalDate, Boolean> calendarExceptions(String district) {
        Map<LocalDate, Boolean> days = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select day, working from proposal_calendar_day where district_alias = ?")
                .setParameter(1, district).getResultList();
        rows.forEach(r -> days.put(toDate(r[0]), (Boolean) r[1]));
        return days;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CalendarDay> days(String district, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                        select day, working, name from proposal_calendar_day
                        where district_alias = ? and day between ? and ? order by day""")
                .setParameter(1, district).setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(3, Date.valueOf(LocalDate.of(year, 12, 31))).getResultList();
        return rows.stream().map(r -> new CalendarDay(toDate(r[0]), (Boolean) r[1], (String) r[2])).toList();
    }

    @Override
    public boolean saveRule(String district, DeadlineRule rule, long expectedVersion) {
        Connection c = bind(district);
        try {
            if (expectedVersion == 0 && !rules(district).containsKey(rule.kind())) {
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into proposal_deadline_rule (district_alias, kind, amount, unit) values (?, ?, ?, ?)
                        on conflict do nothing""")) {
                    ps.setString(1, district);
                    ps.setString(2, rule.kind().code());
                    ps.setInt(3, rule.amount());
                    ps.setString(4, rule.unit().code());
                    return ps.executeUpdate() == 1;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update proposal_deadline_rule set amount = ?, unit = ?, version = version + 1
                    where district_alias = ? and kind = ? and version = ?""")) {
                ps.setInt(1, rule.amount());
                ps.setString(2, rule.unit().code());
                ps.setString(3, district);
                ps.setString(4, rule.kind().code());
                ps.setLong(5, expectedVersion);
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the rule", e);
        }
    }

    @Override
    public void saveDay(String district, CalendarDay day) {
        Connection c = bind(district);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into proposal_calendar_day (district_alias, day, working, name) values (?, ?, ?, ?)
                on conflict (district_alias, day) do update set working = excluded.working, name = excluded.name""")) {
            ps.setString(1, district);
            ps.setDate(2, Date.valueOf(day.day()));
            ps.setBoolean(3, day.working());
            ps.setString(4, day.name());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the day", e);
        }
    }

    @Override
    public boolean removeDay(String district, LocalDate day) {
        Connection c = bind(district);
        try (PreparedStatement ps = c.prepareStatement("delete from proposal_calendar_day where district_alias = ? and day = ?")) {
            ps.setString(1, district);
            ps.setDate(2, Date.valueOf(day));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove the day", e);
        }
    }

    /** The transaction's connection, with the district set for row-level security (once per transaction). */
    private Connection bind(String district) {
        if (tx.getTransactionKey() == null) {
            throw new IllegalStateException("District settings change only inside a transaction");
        }
        Connection c = em.unwrap(Connection.class);
        Object bound = tx.getResource(KEY);
        if (bound == null) {
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.district_id', ?, true)")) {
                ps.setString(1, district);
                ps.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the district on the connection", e);
            }
            tx.putResource(KEY, district);
        } else if (!Objects.equals(bound, district)) {
            throw new IllegalStateException("One transaction may change one district only");
        }
        return c;
    }

    private static LocalDate toDate(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
