package cn.huiyin.proposals.domain.letter;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTextTest {

    @Test
    void everyPlaceholderIsReplacedAsOftenAsItAppears() {
        String text = TemplateText.render("{{proposer}}代表：您的《{{title}}》（{{number}}）答复如下：{{reply}}。{{ proposer }}",
                Map.of("proposer", "李明", "title", "关于加强校园周边交通秩序管理的建议", "number", "建议第0012号", "reply", "已增派警力"));
        assertThat(text).isEqualTo("李明代表：您的《关于加强校园周边交通秩序管理的建议》（建议第0012号）答复如下：已增派警力。李明");
    }

    @Test
    void valuesAreTakenLiterallyAndAMissingValueIsEmpty() {
        assertThat(TemplateText.render("{{reply}}|{{date}}|", Map.of("reply", "费用 $1 \\ 元")))
                .isEqualTo("费用 $1 \\ 元||");
        assertThat(TemplateText.render("no placeholders {single}", Map.of())).isEqualTo("no placeholders {single}");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWhenTheTemplateIsSaved() {
        assertThatThrownBy(() -> new ReplyTemplate("模板", "{{proposer}} {{titel}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{titel}}");
        assertThat(TemplateText.placeholdersOf("{{title}}{{reply}}{{title}}")).containsExactly("title", "reply");
        assertThat(new ReplyTemplate(" 标准 ", "{{agency}} {{date}}").getName()).isEqualTo("标准");
    }
}
