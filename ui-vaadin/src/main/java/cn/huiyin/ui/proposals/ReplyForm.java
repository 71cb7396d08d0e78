package cn.huiyin.ui.proposals;

import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a reply: outcome A/B/C, text, the explanation a C needs and the dated milestones
 * of a B plan. Used by the reply editor on the item page and by the bulk reply screen; shows the
 * use case's field errors next to the fields.
 */
public class ReplyForm extends Composite<VerticalLayout> {

    private final RadioButtonGroup<String> outcome = new RadioButtonGroup<>();
    private final TextArea body = new TextArea();
    private final TextArea explanation = new TextArea();
    private final VerticalLayout plan = new VerticalLayout();
    private final VerticalLayout rows = new VerticalLayout();
    private final Span planError = new Span();
    private final List<Row> milestones = new ArrayList<>();
    private final String idPrefix;
    private int rowIds;

    private record Row(Long id, TextField title, DatePicker dueOn, HorizontalLayout layout) {
    }

    public ReplyForm(String idPrefix) {
        this.idPrefix = idPrefix;
        outcome.setLabel(t("reply.outcome"));
        outcome.setItems("A", "B", "C");
        outcome.setItemLabelGenerator(o -> t("reply.outcome." + o));
        outcome.setId(idPrefix + "-outcome");
        outcome.addValueChangeListener(e -> showFor(e.getValue()));
        body.setLabel(t("reply.body"));
        body.setId(idPrefix + "-body");
        body.setWidthFull();
        body.setMinHeight("8em");
        body.setMaxLength(ReplyRules.BODY_MAX);
        explanation.setLabel(t("reply.explanation"));
        explanation.setId(idPrefix + "-explanation");
        explanation.setWidthFull();
        explanation.setMaxLength(ReplyRules.EXPLANATION_MAX);
        explanation.setRequiredIndicatorVisible(true);
        planError.setId(idPrefix + "-plan-error");
        planError.getStyle().set("color", "var(--lumo-error-text-color)");
        rows.setPadding(false);
        rows.setId(idPrefix + "-milestones");
        Button add = new Button(t("reply.milestone.add"), e -> addRow(null, "", null));
        add.setId(idPrefix + "-milestone-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        plan.setPadding(false);
        plan.add(new Span(t("reply.plan")), rows, add, planError);
        getContent().setPadding(false);
        getContent().add(outcome, body, explanation, plan);
        showFor(null);
    }

    /** Fills the form from a stored draft (or empties it). */
    public void show(Reply reply, List<PlanMilestone> stored) {
        rows.removeAll();
        milestones.clear();
        outcome.setValue(reply == null ? null : reply.getOutcome());
        body.setValue(reply == null || reply.getBody() == null ? "" : reply.getBody());
        explanation.setValue(reply == null || reply.getExplanation() == null ? "" : reply.getExplanation());
        stored.forEach(m -> addRow(m.getId(), m.getTitle(), m.getDueOn()));
        showFor(outcome.getValue());
        clearErrors();
    }

    /** What the form says; milestones only for B. */
    public ReplyRules.Content content() {
        String o = outcome.getValue();
        List<ReplyRules.MilestoneDraft> plan = "B".equals(o)
                ? milestones.stream().map(r -> new ReplyRules.MilestoneDraft(r.id(), r.title().getValue(), r.dueOn().getValue())).toList()
                : List.of();
        return new ReplyRules.Content(o, body.getValue(), "C".equals(o) ? explanation.getValue() : null, plan);
    }

    public void showErrors(List<ReplyRules.Violation> violations) {
        clearErrors();
        for (ReplyRules.Violation v : violations) {
            String message = fieldMessage(v);
            if (v.field().equals("outcome")) {
                outcome.setErrorMessage(message);
                outcome.setInvalid(true);
            } else if (v.field().equals("body")) {
                body.setErrorMessage(message);
                body.setInvalid(true);
            } else if (v.field().equals("explanation")) {
                explanation.setErrorMessage(message);
                explanation.setInvalid(true);
            } else if (v.field().startsWith("milestones")) {
                planError.setText(message);
            }
        }
    }

    private String fieldMessage(ReplyRules.Violation v) {
        String key = switch (v.field()) {
            case "outcome" -> "reply.error.outcome";
            case "body" -> "reply.error.body";
            case "explanation" -> "reply.error.explanation";
            default -> "reply.error.milestones";
        };
        return t(key);
    }

    private void clearErrors() {
        outcome.setInvalid(false);
        body.setInvalid(false);
        explanation.setInvalid(false);
        planError.setText("");
    }

    private void addRow(Long id, String title, java.time.LocalDate due) {
        int n = rowIds++;
        TextField t = new TextField();
        t.setPlaceholder(t("reply.milestone.title"));
        t.setValue(title == null ? "" : title);
        t.setMaxLength(ReplyRules.TITLE_MAX);
        t.setWidth("24em");
        t.setId(idPrefix + "-m" + n + "-title");
        DatePicker d = new DatePicker();
        d.setPlaceholder(t("reply.milestone.due"));
        d.setValue(due);
        d.setId(idPrefix + "-m" + n + "-due");
        HorizontalLayout layout = new HorizontalLayout(t, d);
        Row row = new Row(id, t, d, layout);
        Button remove = new Button(t("reply.milestone.remove"), e -> {
            milestones.remove(row);
            rows.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        milestones.add(row);
        rows.add(layout);
    }

    private void showFor(String o) {
        explanation.setVisible("C".equals(o));
        plan.setVisible("B".equals(o));
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
