package cn.huiyin.proposals.domain.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every row of a session list at once and reports every problem of every row (not only
 * the first): missing or too long fields, unknown kind, category or agency, a bad date or key
 * flag, a number used twice in the file or already registered in the district. Pure: the
 * district's agencies and registered numbers are handed in.
 */
public final class SessionListCheck {

    public static final int MAX_CO_SIGNERS = 50;
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,;；\\s]+");

    private final Function<String, Optional<String>> agencies;
    private final Set<String> registered;

    /**
     * @param agencies   an agency's name or alias (as a spreadsheet writes it) → its alias, for the district's
     *                   agencies that may receive items; anything else is unknown
     * @param registered {@link ItemDraft#numberKey} of every item already registered in the district
     */
    public SessionListCheck(Function<String, Optional<String>> agencies, Set<String> registered) {
        this.agencies = agencies;
        this.registered = registered;
    }

    public List<CheckedRow> check(List<SessionListRow> rows) {
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        List<CheckedRow> result = new ArrayList<>(rows.size());
        for (SessionListRow row : rows) {
            List<RowError> errors = new ArrayList<>();
            for (SessionListColumn c : SessionListColumn.ALL) {
                String v = row.get(c);
                if (v == null && c.required()) {
                    errors.add(new RowError(row.row(), c, "missing", c.header() + " is empty"));
                } else if (v != null && v.length() > c.maxLength()) {
                    errors.add(new RowError(row.row(), c, "too-long", c.header() + " has more than " + c.maxLength() + " characters"));
                }
            }
            ItemKind kind = parse(row, SessionListColumn.KIND, ItemKind::find, "bad-kind", "must be 建议 or 提案", errors);
            Category category = parse(row, SessionListColumn.CATEGORY, Category::find, "bad-category",
                    "must be one of " + Arrays.stream(Category.values()).map(Category::zh).toList(), errors);
            String agency = parse(row, SessionListColumn.AGENCY, agencies, "unknown-agency",
                    "is no agency of your district that handles items", errors);
            LocalDate assignedOn = parse(row, SessionListColumn.ASSIGNED_ON, SessionListCheck::date, "bad-date",
                    "must be a date such as 2026-03-10", errors);
            Boolean key = row.get(SessionListColumn.KEY_ITEM) == null ? Boolean.FALSE
                    : parse(row, SessionListColumn.KEY_ITEM, SessionListCheck::flag, "bad-key-flag", "must be 是 or 否", errors);
            List<String> coSigners = names(row.get(SessionListColumn.CO_SIGNERS), row.get(SessionListColumn.PROPOSER));
            if (coSigners.size() > MAX_CO_SIGNERS) {
                errors.add(new RowError(row.row(), SessionListColumn.CO_SIGNERS, "too-many-co-signers",
                        "at most " + MAX_CO_SIGNERS + " co-signers"));
            }
            coSigners.stream().filter(n -> n.length() > SessionListColumn.PROPOSER.maxLength()).findFirst().ifPresent(n ->
                    errors.add(new RowError(row.row(), SessionListColumn.CO_SIGNERS, "too-long", "a co-signer's name is too long")));

            String session = row.get(SessionListColumn.SESSION);
            String number = row.get(SessionListColumn.NUMBER);
            if (session != null && number != null) {
                String numberKey = ItemDraft.numberKey(session, number);
                Integer first = firstRowOfNumber.putIfAbsent(numberKey, row.row());
                if (first != null) {
                    errors.add(new RowError(row.row(), SessionListColumn.NUMBER, "duplicate-in-file",
                            number + " of " + session + " is already on row " + first));
                } else if (registered.contains(numberKey)) {
                    errors.add(new RowError(row.row(), SessionListColumn.NUMBER, "already-registered",
                            number + " of " + session + " is already registered in your district"));
                }
            }
            ItemDraft draft = errors.isEmpty()
                    ? new ItemDraft(kind, session, number, row.get(SessionListColumn.TITLE), row.get(SessionListColumn.BODY),
                    row.get(SessionListColumn.PROPOSER), row.get(SessionListColumn.GROUP), coSigners, category, key, agency, assignedOn)
                    : null;
            result.add(new CheckedRow(row, draft, errors));
        }
        return result;
    }

    private static <T> T parse(SessionListRow row, SessionListColumn column, Function<String, Optional<T>> parser, String code,
                               String detail, List<RowError> errors) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        Optional<T> parsed = parser.apply(v);
        if (parsed.isEmpty()) {
            errors.add(new RowError(row.row(), column, code, column.header() + " '" + v + "' " + detail));
            return null;
        }
        return parsed.get();
    }

    /** 2026-03-10, 2026/3/10, 2026.3.10 or 2026年3月10日. */
    public static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Boolean> flag(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "是", "重点", "y", "yes", "true", "1" -> Optional.of(Boolean.TRUE);
            case "否", "n", "no", "false", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** Co-signers' names, in order, without repeats and without the lead proposer. */
    public static List<String> names(String text, String lead) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>(Arrays.asList(NAME_SEPARATORS.split(text.strip())));
        names.remove("");
        if (lead != null) {
            names.remove(lead.strip());
        }
        return List.copyOf(names);
    }
}
