package cn.huiyin.ui.proposals;

import cn.huiyin.proposals.application.search.ItemRow;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;

/** An item's nearest deadline, coloured by urgency: red when overdue, amber within three days. */
final class Deadlines {

    private Deadlines() {
    }

    static Span badge(ItemRow item, LocalDate today, BiFunction<String, Object[], String> t) {
        Span badge = new Span();
        String urgency = item.urgency(today);
        if (urgency == null) {
            return badge;
        }
        long days = ChronoUnit.DAYS.between(today, item.nextDeadline());
        String when = switch (urgency) {
            case "overdue" -> t.apply("proposals.deadline.overdue", new Object[]{-days});
            case "due_soon" -> days == 0 ? t.apply("proposals.deadline.today", new Object[0])
                    : t.apply("proposals.deadline.inDays", new Object[]{days});
            default -> "";
        };
        badge.setText(item.nextDeadline() + (when.isEmpty() ? "" : " · " + when));
        badge.addClassNames("huiyin-deadline", "huiyin-deadline-" + urgency.replace('_', '-'));
        badge.getElement().setAttribute("data-urgency", urgency);
        return badge;
    }
}
