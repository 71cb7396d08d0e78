package cn.huiyin.proposals.application.search;

import cn.huiyin.platform.application.UseCaseException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemFilterTest {

    @Test
    void nothingGivenListsEverythingNewestAssignmentFirst() {
        ItemFilter f = ItemFilter.parse(Map.of());
        assertThat(f).isEqualTo(ItemFilter.all());
        assertThat(f.sort()).isEqualTo(ItemSort.ASSIGNED);
        assertThat(f.descending()).isTrue();
        assertThat(f.page()).isZero();
        assertThat(f.size()).isEqualTo(20);
        assertThat(f.terms()).isEmpty();
    }

    @Test
    void everyFilterIsRead() {
        ItemFilter f = ItemFilter.parseQuery("state=assigned,in_handling&kind=proposal&session=2020%E5%B9%B4&category=traffic"
                + "&unit=7&handler=psb-handler&overdue=true&key=false&outcome=B&rating=unsatisfied&q=%E4%BA%A4%E9%80%9A"
                + "&sort=deadline&dir=desc&page=3&size=50");
        assertThat(f.states()).containsExactly("assigned", "in_handling");
        assertThat(f.kind()).isEqualTo("proposal");
        assertThat(f.session()).isEqualTo("2020年");
        assertThat(f.category()).isEqualTo("traffic");
        assertThat(f.unitId()).isEqualTo(7L);
        assertThat(f.handler()).isEqualTo("psb-handler");
        assertThat(f.overdue()).isTrue();
        assertThat(f.key()).isFalse();
        assertThat(f.outcome()).isEqualTo("B");
        assertThat(f.rating()).isEqualTo("unsatisfied");
        assertThat(f.text()).isEqualTo("交通");
        assertThat(f.sort()).isEqualTo(ItemSort.DEADLINE);
        assertThat(f.descending()).isTrue();
        assertThat(f.page()).isEqualTo(3);
        assertThat(f.size()).isEqualTo(50);
    }

    @Test
    void blankValuesCountAsAbsent() {
        assertThat(ItemFilter.parseQuery("state=&q=%20%20&kind=")).isEqualTo(ItemFilter.all());
    }

    @Test
    void badParametersAreRefusedAllAtOnceAndNamed() {
        assertThatThrownBy(() -> ItemFilter.parseQuery("state=flying&kind=memo&unit=x&overdue=yes&outcome=D&rating=happy"
                + "&sort=title&dir=up&size=1000&page=-1&colour=red&handler=a%20b&category=Traffic"))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("bad-filter");
                    assertThat(e.getMessage()).contains("state: 'flying' is not a state", "kind:", "unit: must be a number",
                            "overdue: must be true or false", "outcome:", "rating:", "sort: must be one of", "dir:",
                            "size: must be 1 to 100", "page: must be 0 or more", "colour: is not a filter", "handler:", "category:");
                });
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        assertThatThrownBy(() -> ItemFilter.parse(Map.of("kind", List.of("proposal", "suggestion"))))
                .hasMessageContaining("kind: may be given once");
    }

    @Test
    void tooLongTextIsRefused() {
        assertThatThrownBy(() -> ItemFilter.parse(Map.of("q", List.of("交".repeat(101))))).hasMessageContaining("q: at most 100");
        assertThat(ItemFilter.parse(Map.of("q", List.of("交".repeat(100)))).text()).hasSize(100);
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefused() {
        assertThatThrownBy(() -> ItemFilter.parse(Map.of("q", List.of("交通\u001f停车")))).hasMessageContaining("q: must not contain");
    }

    @Test
    void textIsSplitIntoLoweredTerms() {
        ItemFilter f = ItemFilter.parse(Map.of("q", List.of("  交通  Traffic 交通\t秩序 ")));
        assertThat(f.text()).isEqualTo("交通 Traffic 交通 秩序");
        assertThat(f.terms()).containsExactly("交通", "traffic", "秩序");
    }

    @Test
    void theQueryOfAFilterParsesBackToTheSameFilter() {
        ItemFilter f = ItemFilter.parseQuery("q=%E4%BA%A4%E9%80%9A%20a%26b&state=replied,closed&overdue=false&unit=3&sort=number");
        String saved = f.toQuery();
        assertThat(saved).doesNotContain("page", "size");
        assertThat(ItemFilter.parseQuery(saved)).isEqualTo(f);
        assertThat(ItemFilter.parseQuery(saved).text()).isEqualTo("交通 a&b");
        assertThat(ItemFilter.all().toQuery()).isEmpty();
    }

    @Test
    void eachSortHasItsNaturalDirection() {
        assertThat(ItemFilter.parseQuery("sort=deadline").descending()).isFalse();
        assertThat(ItemFilter.parseQuery("sort=assigned").descending()).isTrue();
        assertThat(ItemFilter.parseQuery("sort=assigned&dir=asc").descending()).isFalse();
    }

    @Test
    void urgencyIsRedPastTheDeadlineAndAmberWithinThreeDays() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertThat(row(null).urgency(today)).isNull();
        assertThat(row(today.minusDays(1)).urgency(today)).isEqualTo("overdue");
        assertThat(row(today.minusDays(1)).overdue(today)).isTrue();
        assertThat(row(today).urgency(today)).isEqualTo("due_soon");
        assertThat(row(today).overdue(today)).isFalse();
        assertThat(row(today.plusDays(3)).urgency(today)).isEqualTo("due_soon");
        assertThat(row(today.plusDays(4)).urgency(today)).isEqualTo("open");
    }

    @Test
    void aHandlerFindsWorkInTheStatesWhereHandlersAct() {
        assertThat(ItemSearch.actionableStates(Set.of("handler")))
                .containsExactly("in_handling", "reply_drafted", "returned_for_rework", "re_handling");
        assertThat(ItemSearch.actionableStates(Set.of())).isEmpty();
        assertThat(ItemSearch.seesWholeAgency(Set.of("handler"))).isFalse();
        assertThat(ItemSearch.seesWholeAgency(Set.of("supervisor"))).isTrue();
    }

    private static ItemRow row(LocalDate due) {
        return new ItemRow(1, "suggestion", "s", "n", "t", "p", "c", false, "assigned", LocalDate.of(2026, 1, 1), 0,
                null, null, null, null, null, null, null, due, null);
    }
}
