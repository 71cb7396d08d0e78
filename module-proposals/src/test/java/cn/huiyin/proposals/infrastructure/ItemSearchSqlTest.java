package cn.huiyin.proposals.infrastructure;

import cn.huiyin.proposals.application.search.ItemFilter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ItemSearchSqlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void theTenantLeadsAndEveryValueIsAParameter() {
        var sql = ItemSearchSql.select(ItemFilter.parseQuery("state=assigned,closed&kind=proposal&unit=4&handler=h1&key=true"
                + "&outcome=A&rating=satisfied&session=2020&category=traffic"), "zhangdian-psb", null, TODAY);
        assertThat(sql.text()).contains("WHERE i.tenant_id = ?1", "i.state IN (?2, ?3)", "i.kind = ?4", "i.session = ?5",
                "i.category = ?6", "i.unit_id = ?7", "i.handler_username = ?8", "i.key_item = ?9", "i.outcome = ?10",
                "i.rating = ?11", "ORDER BY i.assigned_on DESC, i.id DESC", "LIMIT ?12 OFFSET ?13");
        assertThat(sql.params()).containsExactly("zhangdian-psb", "assigned", "closed", "proposal", "2020", "traffic", 4L, "h1",
                true, "A", "satisfied", 20, 0L);
        assertThat(sql.text()).doesNotContain("zhangdian-psb", "traffic");
    }

    @Test
    void overdueMeansTheNearestOpenDeadlineHasPassed() {
        var yes = ItemSearchSql.count(ItemFilter.parseQuery("overdue=true"), "t", null, TODAY);
        assertThat(yes.text()).contains("i.next_due_on < ?2");
        assertThat(yes.params()).containsExactly("t", TODAY);
        var no = ItemSearchSql.count(ItemFilter.parseQuery("overdue=false"), "t", null, TODAY);
        assertThat(no.text()).contains("(i.next_due_on IS NULL OR i.next_due_on >= ?2)");
    }

    @Test
    void textTermsGoThroughOneMatchingCallTheLongestLeadsOneCharacterScans() {
        var sql = ItemSearchSql.select(ItemFilter.parseQuery("q=交通 秩序管理 警 电动自行车 停车"), "t", null, TODAY);
        assertThat(sql.text()).contains("FROM proposal_item i\nJOIN proposal_item_matching(CAST(?3 AS text), CAST(?4 AS text), "
                + "CAST(?5 AS text)) AS hit(id) ON hit.id = i.id", "i.search_text LIKE ?2");
        assertThat(sql.text().split("proposal_item_matching", -1)).hasSize(2);
        assertThat(sql.params().subList(0, 5)).containsExactly("t", "%警%", "%电动自行车%", "交通\u001f停车",
                "%交通%\u001f%秩序管理%\u001f%电动自行车%\u001f%停车%");
        var count = ItemSearchSql.count(ItemFilter.parseQuery("q=交通"), "t", null, TODAY);
        assertThat(count.text()).startsWith("SELECT count(*) FROM proposal_item i\nJOIN proposal_item_matching(CAST(?2 AS text)");
        assertThat(count.params()).containsExactly("t", null, "交通", "%交通%");
        assertThat(ItemSearchSql.count(ItemFilter.parseQuery("q=警"), "t", null, TODAY).text()).doesNotContain("proposal_item_matching");
    }

    @Test
    void likeWildcardsTypedByAPersonMatchThemselves() {
        var sql = ItemSearchSql.count(ItemFilter.parseQuery("q=100%25_a%5Cb"), "t", null, TODAY);
        assertThat(sql.params()).containsExactly("t", "%100\\%\\_a\\\\b%", null, "%100\\%\\_a\\\\b%");
    }

    @Test
    void theInboxIsTheAssigneesItemsByNearestDeadline() {
        var f = new ItemFilter(java.util.List.of("in_handling"), null, null, null, null, null, null, null, null, null, null,
                cn.huiyin.proposals.application.search.ItemSort.DEADLINE, false, 1, 10);
        var sql = ItemSearchSql.select(f, "t", "psb-handler", TODAY);
        assertThat(sql.text()).contains("(i.handler_username = ?3 OR i.leader_username = ?3)",
                "ORDER BY i.next_due_on ASC NULLS LAST, i.id ASC", "LIMIT ?4 OFFSET ?5");
        assertThat(sql.params()).containsExactly("t", "in_handling", "psb-handler", 10, 10L);
    }

    @Test
    void everySortEndsWithTheIdForStablePages() {
        for (String sort : new String[]{"assigned", "number", "deadline", "state"}) {
            for (String dir : new String[]{"asc", "desc"}) {
                String order = ItemSearchSql.orderBy(ItemFilter.parseQuery("sort=" + sort + "&dir=" + dir));
                assertThat(order).endsWith("i.id " + dir.toUpperCase());
            }
        }
        assertThat(ItemSearchSql.orderBy(ItemFilter.parseQuery("sort=state"))).startsWith("array_position(ARRAY['assigned',");
    }
}
