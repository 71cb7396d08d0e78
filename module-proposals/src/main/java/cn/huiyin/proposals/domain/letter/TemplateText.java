package cn.huiyin.proposals.domain.letter;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a reply-letter template: {@code {{proposer}}}, {@code {{title}}},
 * {@code {{number}}}, {@code {{reply}}}, {@code {{agency}}} and {@code {{date}}}. A template may
 * only name these (a typo is refused when the template is saved, not discovered in a letter).
 */
public final class TemplateText {

    public static final Set<String> PLACEHOLDERS = Set.of("proposer", "title", "number", "reply", "agency", "date");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_]+)\\s*}}");

    private TemplateText() {
    }

    /** The placeholder names a text uses, in order of first use. */
    public static Set<String> placeholdersOf(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** @throws IllegalArgumentException naming the first unknown placeholder */
    public static void requireKnownPlaceholders(String text) {
        for (String name : placeholdersOf(text)) {
            if (!PLACEHOLDERS.contains(name)) {
                throw new IllegalArgumentException("Unknown placeholder {{" + name + "}}; known: " + PLACEHOLDERS);
            }
        }
    }

    /** The text with every placeholder replaced by its value (a missing value becomes empty). */
    public static String render(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
