package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ItemQueries;
import cn.huiyin.proposals.application.reply.ReplyDrafts;
import cn.huiyin.proposals.application.reply.ReplyRejected;
import cn.huiyin.proposals.application.reply.ReturnStats;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Replies across the agency's items: the review queue (items under review, a click opens the item
 * with its review buttons), one reply drafted for several items of a category at once (all or
 * nothing), and the returns for rework counted per undertaking unit.
 */
@Route(value = ProposalsModule.ID + "/replies", registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class RepliesView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> DRAFTABLE = List.of("in_handling", "returned_for_rework", "re_handling", "reply_drafted");

    private final ItemQueries queries;
    private final ReplyDrafts drafts;
    private final ReturnStats returns;
    private final Grid<ProposalItem> review = new Grid<>();
    private final Grid<ProposalItem> candidates = new Grid<>();
    private final ComboBox<String> category = new ComboBox<>();
    private final ReplyForm form = new ReplyForm("bulk");
    private final Grid<ReturnStats.UnitReturns> perUnit = new Grid<>();
    private List<ProposalItem> draftable = List.of();

    @Inject
    public RepliesView(ItemQueries queries, ReplyDrafts drafts, ReturnStats returns) {
        this.queries = queries;
        this.drafts = drafts;
        this.returns = returns;
        setId("replies-view");

        review.setId("review-grid");
        review.addColumn(ProposalItem::getNumber).setHeader(t("proposals.list.number")).setAutoWidth(true);
        review.addColumn(ProposalItem::getTitle).setHeader(t("proposals.list.title")).setFlexGrow(1);
        review.addColumn(ProposalItem::getProposer).setHeader(t("proposals.list.proposer")).setAutoWidth(true);
        review.addItemClickListener(e -> UI.getCurrent().navigate(ProposalItemView.class,
                new RouteParameters(ProposalItemView.ID_PARAMETER, String.valueOf(e.getItem().getId()))));
        review.setHeight("16em");

        category.setLabel(t("reply.bulk.category"));
        category.setId("bulk-category");
        category.setItemLabelGenerator(this::categoryLabel);
        category.addValueChangeListener(e -> filterCandidates());
        candidates.setId("bulk-grid");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addColumn(ProposalItem::getNumber).setHeader(t("proposals.list.number")).setAutoWidth(true);
        candidates.addColumn(ProposalItem::getTitle).setHeader(t("proposals.list.title")).setFlexGrow(1);
        candidates.addColumn(i -> t("proposals.state." + i.getState())).setHeader(t("proposals.list.state")).setAutoWidth(true);
        candidates.setHeight("20em");
        Button apply = new Button(t("reply.bulk.apply"), e -> applyBulk());
        apply.setId("bulk-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        perUnit.setId("returns-grid");
        perUnit.addColumn(this::unitName).setHeader(t("reply.returns.unit")).setFlexGrow(1);
        perUnit.addColumn(ReturnStats.UnitReturns::returns).setHeader(t("reply.returns.count")).setAutoWidth(true);
        perUnit.setAllRowsVisible(true);

        add(new H2(t("reply.view.heading")),
                new H3(t("reply.review.heading")), review,
                new H3(t("reply.bulk.heading")), new Span(t("reply.bulk.hint")), category, candidates, form, apply,
                new H3(t("reply.returns.heading")), perUnit);
        refresh();
    }

    private void refresh() {
        try {
            review.setItems(queries.page("under_review", 0, 200).items());
            List<ProposalItem> all = new ArrayList<>();
            DRAFTABLE.forEach(s -> all.addAll(queries.page(s, 0, 500).items()));
            draftable = all;
            String chosen = category.getValue();
            category.setItems(all.stream().map(ProposalItem::getCategory).distinct().sorted().toList());
            if (chosen != null && all.stream().anyMatch(i -> i.getCategory().equals(chosen))) {
                category.setValue(chosen);
            }
            filterCandidates();
            perUnit.setItems(returns.byUnit());
        } catch (TenantContext.NoTenantException e) {
            review.setItems();
            candidates.setItems();
        }
    }

    private void filterCandidates() {
        String c = category.getValue();
        candidates.setItems(c == null ? List.of() : draftable.stream().filter(i -> i.getCategory().equals(c)).toList());
    }

    private void applyBulk() {
        Set<ProposalItem> selected = candidates.getSelectedItems();
        if (selected.isEmpty()) {
            ReplyFeedback.failed(this, cn.huiyin.platform.application.UseCaseException.invalid("bulk-none", "Select items first."));
            return;
        }
        try {
            int n = drafts.bulk(selected.stream().map(ProposalItem::getId).toList(), form.content());
            ReplyFeedback.done(t("reply.bulk.done", n));
            candidates.deselectAll();
        } catch (ReplyRejected rejected) {
            form.showErrors(rejected.violations());
            ReplyFeedback.failed(this, rejected);
        } catch (RuntimeException e) {
            ReplyFeedback.failed(this, e);
        }
        refresh();
    }

    private String categoryLabel(String code) {
        String label = getTranslation("proposals.category." + code);
        return label.startsWith("!") ? code : label;
    }

    private String unitName(ReturnStats.UnitReturns u) {
        if (u.unitId() == null) {
            return t("reply.returns.no-unit");
        }
        boolean en = getLocale() != null && "en".equals(getLocale().getLanguage());
        String name = en && u.unitNameEn() != null ? u.unitNameEn() : u.unitNameZh();
        return name == null ? "#" + u.unitId() : name;
    }

    @Override
    public String getPageTitle() {
        return t("reply.view.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
