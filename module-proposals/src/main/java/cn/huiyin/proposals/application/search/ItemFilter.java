package cn.huiyin.proposals.application.search;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.workflow.ItemState;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What a person asks of the agency's item list: filters, sort and page. One parser for the REST
 * query string, the UI and saved filters, so all three accept and refuse the same things (an
 * unknown parameter or value is refused, never ignored: a silently dropped filter would show
 * more items than the person thinks).
 */
public record ItemFilter(List<String> states, String kind, String session, String category, Long unitId,
                         String handler, Boolean overdue, Boolean key, String outcome, String rating, String text,
                         ItemSort sort, boolean descending, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;
    public static final int MAX_TEXT = 100;

    public static final Set<String> PARAMETERS = Set.of("state", "kind", "session", "category", "unit", "handler",
            "overdue", "key", "outcome", "rating", "q", "sort", "dir", "page", "size");
    static final Set<String> KINDS = Set.of("suggestion", "proposal");
    static final Set<String> OUTCOMES = Set.of("A", "B", "C");
    static final Set<String> RATINGS = Set.of("satisfied", "basically_satisfied", "unsatisfied");
    private static final Pattern CODE = Pattern.compile("[a-z_]{1,32}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    public ItemFilter {
        states = states == null ? List.of() : List.copyOf(states);
        sort = sort == null ? ItemSort.ASSIGNED : sort;
    }

    /** Everything, newest assignment first, first page of 20. */
    public static ItemFilter all() {
        return new ItemFilter(List.of(), null, null, null, null, null, null, null, null, null, null,
                ItemSort.ASSIGNED, true, 0, 20);
    }

    public ItemFilter withPage(int page, int size) {
        return new ItemFilter(states, kind, session, category, unitId, handler, overdue, key, outcome, rating, text,
                sort, descending, page, size);
    }

    public ItemFilter withSort(ItemSort sort, boolean descending) {
        return new ItemFilter(states, kind, session, category, unitId, handler, overdue, key, outcome, rating, text,
                sort, descending, page, size);
    }

    /** The free text split into terms (whitespace), lowered like the stored search text; empty when none. */
    public List<String> terms() {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+")).distinct().toList();
    }

    /**
     * Parses a query string like {@code state=assigned,in_handling&q=交通&sort=deadline}.
     *
     * @throws UseCaseException {@code bad-filter} (400) naming every offending parameter
     */
    public static ItemFilter parseQuery(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.strip().replaceFirst("^\\?", "").split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return parse(params);
    }

    /**
     * Parses query parameters; blank values count as absent.
     *
     * @throws UseCaseException {@code bad-filter} (400) naming every offending parameter
     */
    public static ItemFilter parse(Map<String, List<String>> params) {
        Errors errors = new Errors();
        params.keySet().stream().filter(k -> !PARAMETERS.contains(k)).sorted()
                .forEach(k -> errors.add(k, "is not a filter of the item list"));
        Values v = new Values(params, errors);

        List<String> states = new ArrayList<>();
        String stateList = v.single("state");
        if (stateList != null) {
            for (String s : stateList.split(",")) {
                String code = s.strip();
                if (Arrays.stream(ItemState.values()).noneMatch(st -> st.code().equals(code))) {
                    errors.add("state", "'" + code + "' is not a state");
                } else if (!states.contains(code)) {
                    states.add(code);
                }
            }
        }
        String kind = v.oneOf("kind", KINDS);
        String session = v.text("session", 64);
        String category = v.single("category");
        if (category != null && !CODE.matcher(category).matches()) {
            errors.add("category", "must be a category code");
            category = null;
        }
        Long unit = v.number("unit");
        String handler = v.single("handler");
        if (handler != null && !USERNAME.matcher(handler).matches()) {
            errors.add("handler", "must be a username");
            handler = null;
        }
        Boolean overdue = v.bool("overdue");
        Boolean key = v.bool("key");
        String outcome = v.oneOf("outcome", OUTCOMES);
        String rating = v.oneOf("rating", RATINGS);
        String text = v.text("q", MAX_TEXT);

        ItemSort sort = ItemSort.ASSIGNED;
        String sortCode = v.single("sort");
        if (sortCode != null) {
            sort = ItemSort.ofCode(sortCode);
            if (sort == null) {
                errors.add("sort", "must be one of " + ItemSort.codes());
                sort = ItemSort.ASSIGNED;
            }
        }
        String dir = v.oneOf("dir", Set.of("asc", "desc"));
        boolean descending = dir == null ? sort.descendingByDefault() : dir.equals("desc");
        Long page = v.number("page");
        if (page != null && page > MAX_PAGE) {
            errors.add("page", "must be 0 to " + MAX_PAGE);
        }
        Long size = v.number("size");
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            errors.add("size", "must be 1 to " + MAX_SIZE);
        }
        errors.throwIfAny();
        return new ItemFilter(states, kind, session, category, unit, handler, overdue, key, outcome, rating, text,
                sort, descending, page == null ? 0 : page.intValue(), size == null ? 20 : size.intValue());
    }

    /**
     * The filter as a query string, without page and size and without defaults: what a saved
     * filter stores. {@code parseQuery(f.toQuery())} gives {@code f} back (on page 0).
     */
    public String toQuery() {
        StringJoiner q = new StringJoiner("&");
        if (!states.isEmpty()) {
            q.add("state=" + encode(String.join(",", states)));
        }
        add(q, "kind", kind);
        add(q, "session", session);
        add(q, "category", category);
        add(q, "unit", unitId);
        add(q, "handler", handler);
        add(q, "overdue", overdue);
        add(q, "key", key);
        add(q, "outcome", outcome);
        add(q, "rating", rating);
        add(q, "q", text);
        if (sort != ItemSort.ASSIGNED || descending != sort.descendingByDefault()) {
            q.add("sort=" + sort.code());
            q.add("dir=" + (descending ? "desc" : "asc"));
        }
        return q.toString();
    }

    private static void add(StringJoiner q, String name, Object value) {
        if (value != null) {
            q.add(name + "=" + encode(value.toString()));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray % stays as typed; the value checks judge it
        }
    }

    /** Collects every problem before refusing, so a person fixes all at once. */
    static final class Errors {
        private final Map<String, String> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            byField.merge(field, message, (a, b) -> a + "; " + b);
        }

        void throwIfAny() {
            if (!byField.isEmpty()) {
                StringJoiner all = new StringJoiner(", ");
                byField.forEach((f, m) -> all.add(f + ": " + m));
                throw UseCaseException.invalid("bad-filter", "Invalid list parameters: " + all + ".");
            }
        }
    }

    /** Typed access to single-valued parameters; blank is absent. */
    private record Values(Map<String, List<String>> params, Errors errors) {

        String single(String name) {
            List<String> values = params.getOrDefault(name, List.of()).stream()
                    .filter(s -> s != null && !s.isBlank()).toList();
            if (values.size() > 1) {
                errors.add(name, "may be given once");
            }
            return values.isEmpty() ? null : values.getFirst().strip();
        }

        String oneOf(String name, Set<String> allowed) {
            String value = single(name);
            if (value != null && !allowed.contains(value)) {
                errors.add(name, "must be one of " + allowed.stream().sorted().toList());
                return null;
            }
            return value;
        }

        String text(String name, int max) {
            String value = single(name);
            if (value != null && value.codePointCount(0, value.length()) > max) {
                errors.add(name, "at most " + max + " characters");
                return null;
            }
            if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                errors.add(name, "must not contain control characters");
                return null;
            }
            return value == null ? null : value.replaceAll("\\s+", " ");
        }

        Long number(String name) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            try {
                long n = Long.parseLong(value);
                if (n < 0) {
                    errors.add(name, "must be 0 or more");
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                errors.add(name, "must be a number");
                return null;
            }
        }

        Boolean bool(String name) {
            String value = single(name);
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    errors.add(name, "must be true or false");
                    yield null;
                }
            };
        }
    }
}
