package cn.huiyin.proposals.infrastructure;

import cn.huiyin.proposals.application.search.ItemFilter;
import cn.huiyin.proposals.domain.workflow.ItemState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The item list as SQL: every value a bind parameter ({@code ?1, ?2, …}, EclipseLink's native
 * style), never spliced in. The tenant is an explicit condition too (row-level security would
 * filter anyway), so the planner can lead each index with it (see bench/results/).
 *
 * <p>Free text: each whitespace-separated term must occur in {@code search_text} (number, title,
 * proposer and body, lowered). Terms of three or more characters use the trigram index; two
 * characters (most Chinese words: 交通, 教育) the bigram index — both through the SECURITY DEFINER
 * functions of V60, because row-level security keeps PostgreSQL from using a GIN index for LIKE;
 * a single character has no index and is checked by scanning the agency's rows.
 */
public final class ItemSearchSql {

    static final String COLUMNS = """
            i.id, i.kind, i.session, i.number, i.title, i.proposer, i.category, i.key_item, i.state, i.assigned_on,
            i.version, i.outcome, i.rating, i.handler_username, i.leader_username, i.unit_id, u.name_zh, u.name_en,
            i.next_due_on, i.replied_on""";

    /** A statement and its parameters in order. */
    public record Sql(String text, List<Object> params) {
    }

    /** Joins the lists handed to proposal_item_matching (the list parser refuses control characters). */
    static final String SEPARATOR = "\u001f";

    private final List<String> conditions = new ArrayList<>();
    private String join = "";
    private final List<Object> params = new ArrayList<>();

    private ItemSearchSql() {
    }

    /** The page of rows, sorted with the id as the last key. */
    public static Sql select(ItemFilter f, String tenant, String assignee, LocalDate today) {
        ItemSearchSql b = where(f, tenant, assignee, today);
        String sql = "SELECT " + COLUMNS + "\nFROM proposal_item i" + b.join
                + "\nLEFT JOIN platform_unit u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id"
                + "\nWHERE " + String.join("\n  AND ", b.conditions)
                + "\nORDER BY " + orderBy(f)
                + "\nLIMIT " + b.param(f.size()) + " OFFSET " + b.param((long) f.page() * f.size());
        return new Sql(sql, java.util.Collections.unmodifiableList(new ArrayList<>(b.params)));
    }

    public static Sql count(ItemFilter f, String tenant, String assignee, LocalDate today) {
        ItemSearchSql b = where(f, tenant, assignee, today);
        return new Sql("SELECT count(*) FROM proposal_item i" + b.join + "\nWHERE " + String.join("\n  AND ", b.conditions),
                java.util.Collections.unmodifiableList(new ArrayList<>(b.params)));
    }

    public static Sql row(long id, String tenant) {
        ItemSearchSql b = new ItemSearchSql();
        return new Sql("SELECT " + COLUMNS + "\nFROM proposal_item i"
                + "\nLEFT JOIN platform_unit u ON u.tenant_id = i.tenant_id AND u.id = i.unit_id"
                + "\nWHERE i.tenant_id = " + b.param(tenant) + " AND i.id = " + b.param(id), java.util.Collections.unmodifiableList(new ArrayList<>(b.params)));
    }

    private static ItemSearchSql where(ItemFilter f, String tenant, String assignee, LocalDate today) {
        ItemSearchSql b = new ItemSearchSql();
        b.conditions.add("i.tenant_id = " + b.param(tenant));
        if (!f.states().isEmpty()) {
            b.conditions.add("i.state IN (" + f.states().stream().map(b::param).collect(Collectors.joining(", ")) + ")");
        }
        b.equal("i.kind", f.kind());
        b.equal("i.session", f.session());
        b.equal("i.category", f.category());
        b.equal("i.unit_id", f.unitId());
        b.equal("i.handler_username", f.handler());
        b.equal("i.key_item", f.key());
        b.equal("i.outcome", f.outcome());
        b.equal("i.rating", f.rating());
        if (assignee != null) {
            String p = b.param(assignee);
            b.conditions.add("(i.handler_username = " + p + " OR i.leader_username = " + p + ")");
        }
        if (f.overdue() != null) {
            // next_due_on is the nearest open deadline (kept by a trigger): overdue ⟺ it has passed
            String day = b.param(today);
            b.conditions.add(f.overdue() ? "i.next_due_on < " + day
                    : "(i.next_due_on IS NULL OR i.next_due_on >= " + day + ")");
        }
        List<String> indexed = new ArrayList<>();
        List<String> bigrams = new ArrayList<>();
        String longest = null;
        int longestLength = 0;
        for (String term : f.terms()) {
            int length = term.codePointCount(0, term.length());
            String like = "%" + escapeLike(term) + "%";
            if (length == 1) {
                b.conditions.add("i.search_text LIKE " + b.param(like)); // no index for one character: the agency's rows are scanned
                continue;
            }
            indexed.add(like);
            if (length == 2) {
                bigrams.add(term);
            } else if (length > longestLength) {
                longest = like;
                longestLength = length;
            }
        }
        if (!indexed.isEmpty()) {
            // the text indexes are reached through one function call (V60 says why: RLS and non-leakproof LIKE)
            b.join = "\nJOIN proposal_item_matching(CAST(" + b.param(longest) + " AS text), CAST("
                    + b.param(bigrams.isEmpty() ? null : String.join(SEPARATOR, bigrams)) + " AS text), CAST("
                    + b.param(String.join(SEPARATOR, indexed)) + " AS text)) AS hit(id) ON hit.id = i.id";
        }
        return b;
    }

    static String orderBy(ItemFilter f) {
        String dir = f.descending() ? "DESC" : "ASC";
        return switch (f.sort()) {
            case ASSIGNED -> "i.assigned_on " + dir + ", i.id " + dir;
            case NUMBER -> "i.number " + dir + ", i.id " + dir;
            // items without an open deadline come last either way
            case DEADLINE -> "i.next_due_on " + dir + " NULLS LAST, i.id " + dir;
            case STATE -> "array_position(ARRAY[" + Arrays.stream(ItemState.values()).map(s -> "'" + s.code() + "'")
                    .collect(Collectors.joining(",")) + "]::text[], i.state::text) " + dir + ", i.id " + dir;
        };
    }

    /** {@code \}, {@code %} and {@code _} typed by a person match themselves (backslash is LIKE's default escape). */
    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void equal(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = " + param(value));
        }
    }

    private String param(Object value) {
        params.add(value);
        return "?" + params.size();
    }
}
