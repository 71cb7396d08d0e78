package cn.huiyin.proposals.infrastructure.intake;

import cn.huiyin.platform.infrastructure.persistence.DataSources;
import cn.huiyin.proposals.domain.intake.ItemDraft;
import cn.huiyin.proposals.domain.intake.ProposerKind;
import cn.huiyin.proposals.domain.intake.SessionListWriter;
import cn.huiyin.proposals.domain.workflow.ItemState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The import's all-or-nothing write across several tenants in ONE transaction. EclipseLink binds
 * one tenant per transaction ({@code TenantScoped}), so this writer does not use JPA: it takes the
 * transaction's own connection from the app's JTA datasource and, per tenant group, sets
 * {@code app.tenant_id} (transaction-local) before that group's batched inserts — first the
 * district's registry, then each agency. Row-level security checks every row against the tenant
 * set at that moment (WITH CHECK), exactly as for JPA writes; the app role still owns nothing.
 * A failure anywhere rolls back every row of every tenant.
 */
@ApplicationScoped
public class JdbcSessionListWriter implements SessionListWriter {

    @Resource(lookup = DataSources.APP)
    DataSource dataSource;

    private record Person(long id, String username) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, List<Long>> write(String district, List<ItemDraft> drafts, String actor, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            bind(c, district);
            Map<String, Person> people = proposers(c, district, drafts);
            Map<String, List<ItemDraft>> byAgency = new TreeMap<>();
            drafts.forEach(d -> byAgency.computeIfAbsent(d.agency(), a -> new ArrayList<>()).add(d));
            Map<String, List<Long>> ids = new LinkedHashMap<>();
            for (var group : byAgency.entrySet()) {
                bind(c, group.getKey());
                ids.put(group.getKey(), items(c, group.getKey(), group.getValue(), people, actor, at));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the session list failed", e);
        }
    }

    private static void bind(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }

    private static String key(ProposerKind kind, String name) {
        return kind.code() + ":" + name;
    }

    /** Every named proposer of the list → registry row, new ones inserted (an existing name is reused). */
    private static Map<String, Person> proposers(Connection c, String district, List<ItemDraft> drafts) throws SQLException {
        Map<String, String[]> wanted = new LinkedHashMap<>(); // key → {kind, name, group}
        for (ItemDraft d : drafts) {
            ProposerKind kind = ProposerKind.of(d.kind());
            wanted.putIfAbsent(key(kind, d.proposer()), new String[]{kind.code(), d.proposer(), d.proposerGroup()});
            d.coSigners().forEach(n -> wanted.putIfAbsent(key(kind, n), new String[]{kind.code(), n, null}));
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into proposal_proposer (tenant_id, name, kind, delegation, sector) values (?, ?, ?, ?, ?)
                on conflict (tenant_id, kind, name) do nothing""")) {
            for (String[] p : wanted.values()) {
                boolean deputy = ProposerKind.DEPUTY.code().equals(p[0]);
                ps.setString(1, district);
                ps.setString(2, p[1]);
                ps.setString(3, p[0]);
                ps.setString(4, deputy ? p[2] : null);
                ps.setString(5, deputy ? null : p[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, Person> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, kind, name, username from proposal_proposer where kind = ? and name = any(?)")) {
            for (ProposerKind kind : ProposerKind.values()) {
                String[] names = wanted.values().stream().filter(p -> p[0].equals(kind.code())).map(p -> p[1]).toArray(String[]::new);
                if (names.length == 0) {
                    continue;
                }
                ps.setString(1, kind.code());
                ps.setArray(2, c.createArrayOf("varchar", names));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(key(kind, rs.getString(3)), new Person(rs.getLong(1), rs.getString(4)));
                    }
                }
            }
        }
        return found;
    }

    private static List<Long> items(Connection c, String agency, List<ItemDraft> drafts, Map<String, Person> people,
                                    String actor, Instant at) throws SQLException {
        List<Long> ids = new ArrayList<>(drafts.size());
        try (PreparedStatement ps = c.prepareStatement("""
                insert into proposal_item (tenant_id, kind, session, number, title, body, proposer, category, key_item, state,
                                           assigned_on, proposer_id, proposer_username)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[]{"id"})) {
            for (ItemDraft d : drafts) {
                Person lead = people.get(key(ProposerKind.of(d.kind()), d.proposer()));
                ps.setString(1, agency);
                ps.setString(2, d.kind().code());
                ps.setString(3, d.session());
                ps.setString(4, d.number());
                ps.setString(5, d.title());
                ps.setString(6, d.body());
                ps.setString(7, d.proposer());
                ps.setString(8, d.category().code());
                ps.setBoolean(9, d.keyItem());
                ps.setString(10, ItemState.ASSIGNED.code());
                ps.setObject(11, d.assignedOn());
                ps.setLong(12, lead.id());
                ps.setString(13, lead.username());
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
        }
        if (ids.size() != drafts.size()) {
            throw new SQLException("Expected " + drafts.size() + " new ids, got " + ids.size());
        }
        try (PreparedStatement history = c.prepareStatement("""
                insert into proposal_item_history (tenant_id, item_id, at, actor, action, from_state, to_state)
                values (?, ?, ?, ?, 'register', ?, ?)""");
             PreparedStatement coSigner = c.prepareStatement(
                     "insert into proposal_item_cosigner (tenant_id, item_id, proposer_id, position) values (?, ?, ?, ?)")) {
            for (int i = 0; i < drafts.size(); i++) {
                ItemDraft d = drafts.get(i);
                history.setString(1, agency);
                history.setLong(2, ids.get(i));
                history.setTimestamp(3, Timestamp.from(at));
                history.setString(4, actor);
                history.setString(5, ItemState.ASSIGNED.code());
                history.setString(6, ItemState.ASSIGNED.code());
                history.addBatch();
                ProposerKind kind = ProposerKind.of(d.kind());
                int position = 1;
                for (String name : d.coSigners()) {
                    coSigner.setString(1, agency);
                    coSigner.setLong(2, ids.get(i));
                    coSigner.setLong(3, people.get(key(kind, name)).id());
                    coSigner.setInt(4, position++);
                    coSigner.addBatch();
                }
            }
            history.executeBatch();
            coSigner.executeBatch();
        }
        return ids;
    }
}
