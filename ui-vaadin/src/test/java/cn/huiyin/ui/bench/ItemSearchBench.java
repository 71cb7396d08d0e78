package cn.huiyin.ui.bench;

import cn.huiyin.devstack.EmbeddedDatabase;
import cn.huiyin.proposals.application.search.ItemFilter;
import cn.huiyin.proposals.infrastructure.ItemSearchSql;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item list at scale: 1M items over 500 agencies (100k in one) in the embedded PostgreSQL,
 * then the app's own list SQL ({@link ItemSearchSql}) run as the app role with the tenant set,
 * under EXPLAIN (ANALYZE, BUFFERS). Writes {@code bench/results/item-search.md}.
 *
 * <p>Not part of {@code mvn verify} (surefire does not pick up {@code *Bench}); run it with
 * {@code mvn -o test -pl ui-vaadin -am -Dtest=ItemSearchBench -Dsurefire.failIfNoSpecifiedTests=false}
 * (about 10 minutes on 2 cores; see bench/README.md).
 */
class ItemSearchBench {

    static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    static final LocalDate TODAY = LocalDate.now();

    record Case(String name, String query, String assignee) {
    }

    static final List<Case> CASES = List.of(
            new Case("all, newest assignment first (default)", "", null),
            new Case("state", "state=in_handling", null),
            new Case("two states, nearest deadline first", "state=in_handling,returned_for_rework&sort=deadline", null),
            new Case("overdue, nearest deadline first", "overdue=true&sort=deadline", null),
            new Case("handler", "handler=handler7", null),
            new Case("unit + key item", "unit=3&key=true", null),
            new Case("outcome + rating", "outcome=C&rating=unsatisfied", null),
            new Case("session + kind + category", "session=2021年区两会&kind=proposal&category=education", null),
            new Case("text, 5 characters (trigrams)", "q=电动自行车", null),
            new Case("text, 4 characters, rare (trigrams)", "q=窗口服务", null),
            new Case("text, 2 characters, common (bigrams)", "q=交通", null),
            new Case("text, 2 characters, rare (bigrams)", "q=防汛", null),
            new Case("text, 1 character (scan)", "q=汛", null),
            new Case("text, number", "q=建议第0012345号", null),
            new Case("text + state + sort by number", "q=食品安全&state=closed&sort=number", null),
            new Case("two terms", "q=交通 防汛", null),
            new Case("sort by state (workflow order)", "sort=state", null),
            new Case("deep page (offset 40,000)", "page=2000&size=20", null),
            new Case("inbox of a handler", "state=in_handling,reply_drafted,returned_for_rework,re_handling&sort=deadline", "handler7"),
            new Case("inbox of a supervisor (whole agency)", "state=assigned,replied,feedback_given&sort=deadline", null));

    @Test
    void listQueriesOnAMillionItems() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-pg-");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            StringBuilder md = new StringBuilder();
            migrate(db, "4");
            Instant t0 = Instant.now();
            try (Connection su = db.superuserConnection(EmbeddedDatabase.HUIYIN_DB); Statement s = su.createStatement()) {
                s.execute(Files.readString(ROOT.resolve("bench/generate-items.sql")));
            }
            Duration load = Duration.between(t0, Instant.now());
            t0 = Instant.now();
            migrate(db, null);
            Duration searchMigration = Duration.between(t0, Instant.now());
            Map<String, String> sizes;
            try (Connection su = db.superuserConnection(EmbeddedDatabase.HUIYIN_DB); Statement s = su.createStatement()) {
                s.execute("VACUUM ANALYZE proposal_item");
                s.execute("VACUUM ANALYZE proposal_deadline");
                sizes = sizes(su);
            }
            md.append("# Item list at scale (bench/README.md)\n\n")
                    .append("Run ").append(TODAY).append(", PostgreSQL ").append(version(db))
                    .append(" (zonky embedded, default settings), on the build machine (2 shared cores).\n\n")
                    .append("- Data: 1,000,000 items over 500 agencies (`bench-big` 100,000; 499 others ~1,800 each), ")
                    .append("500,000 deadlines (open for ~3/7 of the items). Loaded in ").append(load.toSeconds()).append(" s.\n")
                    .append("- Migration V60 (search column, backfill, trigger, indexes) on the loaded table: ")
                    .append(searchMigration.toSeconds()).append(" s.\n")
                    .append("- Queries: the app's own SQL (`ItemSearchSql`), as `huiyin_app` with `app.tenant_id` set ")
                    .append("(row-level security on), each run 3 times; the median execution time is shown.\n\n");
            md.append("## Sizes\n\n| relation | size |\n|---|---|\n");
            sizes.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
            md.append("\n## Timings (ms, execution; page of 20)\n\n")
                    .append("| query | rows (big) | page big | count big | page small | count small |\n|---|---|---|---|---|---|\n");
            StringBuilder plans = new StringBuilder("\n## Plans in the 100k agency\n");
            try (Connection app = DriverManager.getConnection(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB),
                    EmbeddedDatabase.APP_ROLE, EmbeddedDatabase.APP_PASSWORD)) {
                app.setAutoCommit(false);
                for (Case c : CASES) {
                    ItemFilter f = ItemFilter.parseQuery(c.query());
                    Run bigPage = run(app, "bench-big", ItemSearchSql.select(f, "bench-big", c.assignee(), TODAY));
                    Run bigCount = run(app, "bench-big", ItemSearchSql.count(f, "bench-big", c.assignee(), TODAY));
                    Run smallPage = run(app, "bench-007", ItemSearchSql.select(f, "bench-007", c.assignee(), TODAY));
                    Run smallCount = run(app, "bench-007", ItemSearchSql.count(f, "bench-007", c.assignee(), TODAY));
                    md.append("| ").append(c.name()).append(" `").append(c.query()).append(c.assignee() == null ? "" : " +mine")
                            .append("` | ").append(bigCount.rows()).append(" | ").append(bigPage.ms()).append(" | ").append(bigCount.ms())
                            .append(" | ").append(smallPage.ms()).append(" | ").append(smallCount.ms()).append(" |\n");
                    plans.append("\n### ").append(c.name()).append("\n\n```\n").append(bigPage.plan()).append("\n-- count:\n")
                            .append(bigCount.plan()).append("```\n");
                }
            }
            Path out = ROOT.resolve("bench/results/item-search.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, md.append(plans).toString());
            System.out.println(md);
            assertThat(out).exists();
        }
    }

    record Run(String ms, String rows, String plan) {
    }

    private static final Pattern PARAM = Pattern.compile("\\?(\\d+)");
    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");

    /** EXPLAIN (ANALYZE) three times; the median execution time, the count's value and the last plan. */
    private static Run run(Connection app, String tenant, ItemSearchSql.Sql sql) throws SQLException {
        List<Object> ordered = new ArrayList<>();
        Matcher m = PARAM.matcher(sql.text());
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            ordered.add(sql.params().get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        double[] times = new double[3];
        String plan = "";
        for (int i = 0; i < times.length; i++) {
            try (Statement s = app.createStatement()) {
                s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            }
            StringBuilder p = new StringBuilder();
            try (PreparedStatement ps = app.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + jdbc)) {
                bind(ps, ordered);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        p.append(rs.getString(1)).append('\n');
                    }
                }
            }
            Matcher e = EXECUTION.matcher(p);
            times[i] = e.find() ? Double.parseDouble(e.group(1)) : -1;
            plan = p.toString();
            app.rollback();
        }
        String rows = "";
        if (jdbc.toString().startsWith("SELECT count(*)")) {
            try (Statement s = app.createStatement()) {
                s.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            }
            try (PreparedStatement ps = app.prepareStatement(jdbc.toString())) {
                bind(ps, ordered);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rows = String.valueOf(rs.getLong(1));
                }
            }
            app.rollback();
        }
        Arrays.sort(times);
        return new Run(String.format(java.util.Locale.ROOT, "%.1f", times[1]), rows, plan);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static void migrate(EmbeddedDatabase db, String target) {
        for (String[] m : List.of(new String[]{"classpath:db/platform", "flyway_history_platform"},
                new String[]{"classpath:db/proposals", "flyway_history_proposals"})) {
            var config = Flyway.configure().dataSource(db.jdbcUrl(EmbeddedDatabase.HUIYIN_DB), EmbeddedDatabase.OWNER_ROLE,
                            EmbeddedDatabase.OWNER_PASSWORD)
                    .locations(m[0]).table(m[1]).baselineOnMigrate(true).baselineVersion("0")
                    .placeholders(Map.of("app_role", EmbeddedDatabase.APP_ROLE));
            if (target != null && m[0].endsWith("proposals")) {
                config.target(target);
            }
            config.load().migrate();
        }
    }

    private static Map<String, String> sizes(Connection su) throws SQLException {
        Map<String, String> sizes = new java.util.LinkedHashMap<>();
        try (Statement s = su.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, pg_size_pretty(pg_relation_size(c.oid)) from pg_class c
                where c.relname like 'proposal_item%' and c.relkind in ('r', 'i') order by pg_relation_size(c.oid) desc""")) {
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getString(2));
            }
        }
        return sizes;
    }

    private static String version(EmbeddedDatabase db) throws SQLException {
        try (Connection su = db.superuserConnection("postgres"); Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
