package cn.huiyin.proposals.domain.deadline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How long a step may take, as a district sets it: an amount of working days, calendar days or
 * months. A deadline counted in calendar days or months that falls on a day off moves to the
 * next working day (期限届满日遇节假日顺延), as agencies count it.
 */
public record DeadlineRule(DeadlineKind kind, int amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS, CALENDAR_DAYS, MONTHS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Unit> ofCode(String code) {
            return Arrays.stream(values()).filter(u -> u.code().equals(code)).findFirst();
        }
    }

    /** The defaults of docs/domain.md, for a district that set no rule of its own. */
    public static final Map<DeadlineKind, DeadlineRule> DEFAULTS = defaults();

    public DeadlineRule {
        if (amount < 1 || amount > 366) {
            throw new IllegalArgumentException("amount must be 1 to 366");
        }
    }

    /** The due date of a step that starts on {@code from}. */
    public LocalDate dueFrom(LocalDate from, DistrictCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(from, amount);
            case CALENDAR_DAYS -> calendar.onOrAfterWorkingDay(from.plusDays(amount));
            case MONTHS -> calendar.onOrAfterWorkingDay(from.plusMonths(amount));
        };
    }

    private static Map<DeadlineKind, DeadlineRule> defaults() {
        Map<DeadlineKind, DeadlineRule> d = new EnumMap<>(DeadlineKind.class);
        d.put(DeadlineKind.ACKNOWLEDGEMENT, new DeadlineRule(DeadlineKind.ACKNOWLEDGEMENT, 5, Unit.WORKING_DAYS));
        d.put(DeadlineKind.CO_HANDLING_OPINION, new DeadlineRule(DeadlineKind.CO_HANDLING_OPINION, 1, Unit.MONTHS));
        d.put(DeadlineKind.REPLY, new DeadlineRule(DeadlineKind.REPLY, 3, Unit.MONTHS));
        d.put(DeadlineKind.REPLY_MAX, new DeadlineRule(DeadlineKind.REPLY_MAX, 6, Unit.MONTHS));
        d.put(DeadlineKind.REHANDLING_REPLY, new DeadlineRule(DeadlineKind.REHANDLING_REPLY, 1, Unit.MONTHS));
        d.put(DeadlineKind.FEEDBACK, new DeadlineRule(DeadlineKind.FEEDBACK, 30, Unit.CALENDAR_DAYS));
        return Map.copyOf(d);
    }
}
