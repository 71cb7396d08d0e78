package cn.huiyin.ui.proposals;

import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.reply.OutcomeCorrections;
import cn.huiyin.proposals.application.reply.ReplyRejected;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.util.List;

/**
 * District oversight corrects the outcome class of a replied item: pick one of the district's
 * agencies, then one of its replied items, the new class and the reason (audited before → after).
 */
@Route(value = ProposalsModule.ID + "/outcome-corrections", registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class OutcomeCorrectionsView extends VerticalLayout implements HasDynamicTitle {

    private final OutcomeCorrections corrections;
    private final ComboBox<OutcomeCorrections.Agency> agency = new ComboBox<>();
    private final Grid<OutcomeCorrections.RepliedItem> items = new Grid<>();
    private final RadioButtonGroup<String> outcome = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();

    @Inject
    public OutcomeCorrectionsView(OutcomeCorrections corrections) {
        this.corrections = corrections;
        setId("outcome-corrections");
        boolean en = getLocale() != null && "en".equals(getLocale().getLanguage());
        agency.setLabel(t("reply.correct.agency"));
        agency.setId("correct-agency");
        agency.setItemLabelGenerator(a -> en && a.nameEn() != null ? a.nameEn() : a.nameZh());
        agency.addValueChangeListener(e -> load());
        items.setId("correct-grid");
        items.addColumn(OutcomeCorrections.RepliedItem::number).setHeader(t("proposals.list.number")).setAutoWidth(true);
        items.addColumn(OutcomeCorrections.RepliedItem::title).setHeader(t("proposals.list.title")).setFlexGrow(1);
        items.addColumn(i -> t("proposals.state." + i.state())).setHeader(t("proposals.list.state")).setAutoWidth(true);
        items.addColumn(i -> t("reply.outcome." + i.outcome())).setHeader(t("reply.outcome")).setAutoWidth(true);
        items.addColumn(OutcomeCorrections.RepliedItem::repliedOn).setHeader(t("reply.replied-on")).setAutoWidth(true);
        items.setHeight("20em"); // a district's agency may have hundreds of replied items
        outcome.setLabel(t("reply.correct.new-outcome"));
        outcome.setItems("A", "B", "C");
        outcome.setItemLabelGenerator(o -> t("reply.outcome." + o));
        outcome.setId("correct-outcome");
        reason.setLabel(t("reply.correct.reason"));
        reason.setId("correct-reason");
        reason.setWidth("30em");
        reason.setMaxLength(OutcomeCorrections.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        Button apply = new Button(t("reply.correct.apply"), e -> correct());
        apply.setId("correct-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(t("reply.correct.heading")), new Span(t("reply.correct.hint")), agency, items,
                new HorizontalLayout(outcome), reason, apply);
        try {
            agency.setItems(corrections.agencies());
        } catch (RuntimeException e) {
            ReplyFeedback.failed(this, e);
        }
    }

    private void load() {
        if (agency.getValue() == null) {
            items.setItems(List.of());
            return;
        }
        try {
            items.setItems(corrections.replied(agency.getValue().alias()));
        } catch (RuntimeException e) {
            ReplyFeedback.failed(this, e);
        }
    }

    private void correct() {
        var chosen = items.getSelectedItems().stream().findFirst();
        if (agency.getValue() == null || chosen.isEmpty()) {
            ReplyFeedback.failed(this, cn.huiyin.platform.application.UseCaseException.invalid("pick-item", "Pick an agency and an item."));
            return;
        }
        try {
            corrections.correct(agency.getValue().alias(), chosen.get().id(), outcome.getValue(), reason.getValue());
            ReplyFeedback.done(t("reply.correct.done", chosen.get().number()));
            reason.clear();
            reason.setInvalid(false); // emptied on purpose, not a missing reason
            outcome.clear();
        } catch (ReplyRejected rejected) {
            rejected.violations().forEach(v -> {
                if (v.field().equals("reason")) {
                    reason.setErrorMessage(t("reply.correct.reason-required"));
                    reason.setInvalid(true);
                }
            });
            ReplyFeedback.failed(this, rejected);
        } catch (RuntimeException e) {
            ReplyFeedback.failed(this, e);
        }
        load();
    }

    @Override
    public String getPageTitle() {
        return t("reply.correct.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
