package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.deadline.DeadlineView;
import cn.huiyin.proposals.application.deadline.Deadlines;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The deadlines of the item on its page, colour-coded: overdue red, due within three working
 * days amber, met green. Items registered before deadlines existed get a button to set them
 * (leaders and agency admins).
 */
public class ItemDeadlines extends VerticalLayout {

    /** Amber for "due soon": Lumo has no warning colour of its own. */
    static final String AMBER = "#b45309";

    private final Deadlines deadlines;
    private final CallerPermissions permissions;
    private final VerticalLayout rows = new VerticalLayout();
    private long itemId;

    @Inject
    public ItemDeadlines(Deadlines deadlines, CallerPermissions permissions) {
        this.deadlines = deadlines;
        this.permissions = permissions;
        setId("item-deadlines");
        setPadding(false);
        setSpacing(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        add(new H3(t("deadlines.item.heading")), rows);
    }

    /** Shows the deadlines of {@code item} as they are stored now. */
    public void show(long item) {
        this.itemId = item;
        rows.removeAll();
        List<DeadlineView> list = deadlines.ofItem(item);
        if (list.isEmpty()) {
            rows.add(new Span(t("deadlines.item.none")));
            if (permissions.has(ProposalsModule.SCHEDULE_DEADLINES)) {
                Button schedule = new Button(t("deadlines.item.schedule"), e -> {
                    deadlines.scheduleMissing(itemId);
                    show(itemId);
                });
                schedule.setId("schedule-deadlines");
                schedule.addThemeVariants(ButtonVariant.LUMO_SMALL);
                rows.add(schedule);
            }
        }
        for (DeadlineView d : list) {
            Div row = new Div();
            row.setId("deadline-" + d.kind());
            row.addClassName("deadline-" + d.urgency());
            row.getElement().setAttribute("data-urgency", d.urgency());
            row.setText(t("deadlines.kind." + d.kind()) + " · " + t("deadlines.item.due", d.dueOn().toString()) + " · " + status(d)
                    + (d.originalDueOn() == null ? "" : " · " + t("deadlines.item.extended", d.originalDueOn().toString())));
            switch (d.urgency()) {
                case "overdue" -> row.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                case "due_soon" -> row.getStyle().set("color", AMBER).set("font-weight", "600");
                case "met" -> row.getStyle().set("color", "var(--lumo-success-text-color)");
                default -> { }
            }
            rows.add(row);
        }
    }

    private String status(DeadlineView d) {
        return switch (d.urgency()) {
            case "met" -> t("deadlines.urgency.met");
            case "overdue" -> t("deadlines.urgency.overdue");
            case "due_soon" -> t("deadlines.urgency.due_soon", d.workingDaysLeft());
            default -> t("deadlines.urgency.open", d.workingDaysLeft());
        };
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
