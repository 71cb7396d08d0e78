package cn.huiyin.proposals.domain.intake;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SessionListCheckTest {

    static final Map<String, String> AGENCIES = Map.of("张店公安分局", "zhangdian-psb", "zhangdian-psb", "zhangdian-psb",
            "张店区教育局", "zhangdian-edu");

    static SessionListCheck check(Set<String> registered) {
        return new SessionListCheck(name -> Optional.ofNullable(AGENCIES.get(name)), registered);
    }

    static SessionListRow row(int n, String number, SessionListColumn column, String value) {
        Map<SessionListColumn, String> v = new EnumMap<>(SessionListColumn.class);
        v.put(SessionListColumn.KIND, "建议");
        v.put(SessionListColumn.SESSION, "2026年区两会");
        v.put(SessionListColumn.NUMBER, number);
        v.put(SessionListColumn.TITLE, "关于加强校园周边交通管理的建议");
        v.put(SessionListColumn.BODY, "上下学高峰时段车辆乱停乱放。");
        v.put(SessionListColumn.PROPOSER, "李明");
        v.put(SessionListColumn.GROUP, "车站街道代表团");
        v.put(SessionListColumn.CO_SIGNERS, "王芳、刘洋，李明");
        v.put(SessionListColumn.CATEGORY, "交通");
        v.put(SessionListColumn.KEY_ITEM, "是");
        v.put(SessionListColumn.AGENCY, "张店公安分局");
        v.put(SessionListColumn.ASSIGNED_ON, "2026-03-10");
        if (column != null) {
            if (value == null) {
                v.remove(column);
            } else {
                v.put(column, value);
            }
        }
        return new SessionListRow(n, v);
    }

    static List<String> errors(CheckedRow r) {
        return r.errors().stream().map(e -> e.column().code() + ":" + e.code()).toList();
    }

    @Test
    void aCompleteRowBecomesADraftWithCodesAliasesAndCoSignersWithoutTheLead() {
        CheckedRow r = check(Set.of()).check(List.of(row(2, "建议第0001号", null, null))).getFirst();

        assertThat(r.valid()).isTrue();
        ItemDraft d = r.draft();
        assertThat(d.kind()).isEqualTo(ItemKind.SUGGESTION);
        assertThat(d.category()).isEqualTo(Category.TRAFFIC);
        assertThat(d.agency()).isEqualTo("zhangdian-psb");
        assertThat(d.assignedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(d.keyItem()).isTrue();
        assertThat(d.coSigners()).containsExactly("王芳", "刘洋");
        assertThat(d.proposerGroup()).isEqualTo("车站街道代表团");
    }

    @Test
    void codesAndChineseWordsAndSeveralDateFormatsAreAccepted() {
        var rows = List.of(row(2, "1", SessionListColumn.KIND, "proposal"), row(3, "2", SessionListColumn.CATEGORY, "education"),
                row(4, "3", SessionListColumn.ASSIGNED_ON, "2026年3月9日"), row(5, "4", SessionListColumn.ASSIGNED_ON, "2026/3/9"),
                row(6, "5", SessionListColumn.KEY_ITEM, null), row(7, "6", SessionListColumn.AGENCY, "zhangdian-psb"), row(8, "7", SessionListColumn.KIND, "suggestion"));
        List<CheckedRow> checked = check(Set.of()).check(rows);

        assertThat(checked).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(checked.get(0).draft().kind()).isEqualTo(ItemKind.PROPOSAL);
        assertThat(checked.get(2).draft().assignedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(checked.get(3).draft().assignedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(checked.get(4).draft().keyItem()).isFalse();
    }

    @Test
    void everyProblemOfARowIsReportedWithItsColumnAndCode() {
        Map<SessionListColumn, String> v = new EnumMap<>(row(9, "x", null, null).values());
        v.remove(SessionListColumn.TITLE);
        v.put(SessionListColumn.KIND, "意见");
        v.put(SessionListColumn.CATEGORY, "天气");
        v.put(SessionListColumn.AGENCY, "淄川公安分局");
        v.put(SessionListColumn.ASSIGNED_ON, "2026-02-30");
        v.put(SessionListColumn.KEY_ITEM, "也许");
        v.put(SessionListColumn.NUMBER, "号".repeat(33));
        CheckedRow r = check(Set.of()).check(List.of(new SessionListRow(9, v))).getFirst();

        assertThat(r.valid()).isFalse();
        assertThat(r.draft()).isNull();
        assertThat(errors(r)).containsExactlyInAnyOrder("title:missing", "kind:bad-kind", "category:bad-category",
                "agency:unknown-agency", "assignedOn:bad-date", "keyItem:bad-key-flag", "number:too-long");
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(9));
    }

    @Test
    void aNumberTwiceInTheFileIsRefusedOnItsSecondRowNamingTheFirst() {
        List<CheckedRow> checked = check(Set.of()).check(List.of(row(2, "建议第0001号", null, null),
                row(3, "建议第0002号", null, null), row(4, "建议第0001号", null, null)));

        assertThat(checked.get(0).valid()).isTrue();
        assertThat(checked.get(1).valid()).isTrue();
        assertThat(errors(checked.get(2))).containsExactly("number:duplicate-in-file");
        assertThat(checked.get(2).errors().getFirst().detail()).contains("row 2");
    }

    @Test
    void theSameNumberInAnotherSessionIsNoDuplicate() {
        List<CheckedRow> checked = check(Set.of()).check(List.of(row(2, "建议第0001号", null, null),
                row(3, "建议第0001号", SessionListColumn.SESSION, "2027年区两会")));

        assertThat(checked).allSatisfy(r -> assertThat(r.valid()).isTrue());
    }

    @Test
    void aNumberAlreadyRegisteredInTheDistrictIsRefused() {
        CheckedRow r = check(Set.of(ItemDraft.numberKey("2026年区两会", "建议第0001号")))
                .check(List.of(row(2, "建议第0001号", null, null))).getFirst();

        assertThat(errors(r)).containsExactly("number:already-registered");
    }

    @Test
    void missingRequiredFieldsAreEachNamedButOptionalOnesMayBeEmpty() {
        CheckedRow r = check(Set.of()).check(List.of(new SessionListRow(5, Map.of(SessionListColumn.GROUP, "教育界")))).getFirst();

        assertThat(errors(r)).containsExactlyInAnyOrder("kind:missing", "session:missing", "number:missing", "title:missing",
                "body:missing", "proposer:missing", "category:missing", "agency:missing", "assignedOn:missing");
    }

    @Test
    void tooManyCoSignersAreRefused() {
        String many = String.join("、", java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> "代表" + i).toList());
        CheckedRow r = check(Set.of()).check(List.of(row(2, "1", SessionListColumn.CO_SIGNERS, many))).getFirst();

        assertThat(errors(r)).containsExactly("coSigners:too-many-co-signers");
    }

    @Test
    void datesAreReadInTheUsualChineseAndIsoForms() {
        assertThat(SessionListCheck.date("2026-03-10")).contains(LocalDate.of(2026, 3, 10));
        assertThat(SessionListCheck.date("2026.3.1")).contains(LocalDate.of(2026, 3, 1));
        assertThat(SessionListCheck.date("2026年03月10日")).contains(LocalDate.of(2026, 3, 10));
        assertThat(SessionListCheck.date("10/03/2026")).isEmpty();
        assertThat(SessionListCheck.date("2026-13-01")).isEmpty();
    }
}
