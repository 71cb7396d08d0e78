package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.search.ItemFilter;
import cn.huiyin.proposals.application.search.ItemRow;
import cn.huiyin.proposals.application.search.ItemSearch;
import cn.huiyin.proposals.application.search.ItemSearchRepository.UnitOption;
import cn.huiyin.proposals.application.search.ItemSort;
import cn.huiyin.proposals.application.search.SavedFilters;
import cn.huiyin.proposals.domain.SavedFilter;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agency's items (建议/提案) with a filter bar (state, kind, session, category, unit, handler,
 * overdue, key, outcome, rating, free text), a sort, lazy paging and the person's saved filters.
 * The bar builds the same query string the REST list takes, and {@link ItemFilter} parses it: the
 * UI, the API and saved filters accept exactly the same filters.
 */
@Route(value = ProposalsModule.ID, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class ProposalsView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> CATEGORIES = List.of("traffic", "social_governance", "case_handling", "education", "public_service");

    private final ItemSearch search;
    private final SavedFilters saved;
    private final Grid<ItemRow> grid = new Grid<>();
    private final MultiSelectComboBox<String> states = new MultiSelectComboBox<>();
    private final Select<String> kind = choice("filter-kind", "proposals.filter.kind", List.of("suggestion", "proposal"), "proposals.kind.");
    private final TextField session = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final ComboBox<UnitOption> unit = new ComboBox<>();
    private final TextField handler = new TextField();
    private final Select<String> overdue = choice("filter-overdue", "proposals.filter.overdue", List.of("true", "false"), "proposals.filter.overdue.");
    private final Select<String> key = choice("filter-key", "proposals.filter.key", List.of("true", "false"), "proposals.filter.key.");
    private final Select<String> outcome = choice("filter-outcome", "proposals.filter.outcome", List.of("A", "B", "C"), "proposals.outcome.");
    private final Select<String> rating = choice("filter-rating", "proposals.filter.rating",
            List.of("satisfied", "basically_satisfied", "unsatisfied"), "proposals.rating.");
    private final TextField text = new TextField();
    private final Select<String> sort = choice("filter-sort", "proposals.filter.sort",
            List.of("assigned.desc", "assigned.asc", "number.asc", "deadline.asc", "state.asc"), "proposals.sort.");
    private final ComboBox<SavedFilter> savedFilters = new ComboBox<>();
    private final TextField savedName = new TextField();
    private final Span total = new Span();
    private ItemFilter current = ItemFilter.all();
    private LocalDate today = LocalDate.now();

    @Inject
    public ProposalsView(ItemSearch search, SavedFilters saved) {
        this.search = search;
        this.saved = saved;
        setId("module-" + ProposalsModule.ID);
        List<UnitOption> units;
        try {
            units = search.units();
        } catch (TenantContext.NoTenantException e) {
            units = null; // no agency: an empty list, as before
        }
        boolean agency = units != null;

        states.setId("filter-state");
        states.setLabel(t("proposals.filter.state"));
        states.setItems(Arrays.stream(ItemState.values()).map(ItemState::code).toList());
        states.setItemLabelGenerator(s -> t("proposals.state." + s));
        session.setId("filter-session");
        session.setLabel(t("proposals.filter.session"));
        session.setClearButtonVisible(true);
        category.setId("filter-category");
        category.setLabel(t("proposals.filter.category"));
        category.setItems(CATEGORIES);
        category.setItemLabelGenerator(c -> t("proposals.category." + c));
        category.setClearButtonVisible(true);
        unit.setId("filter-unit");
        unit.setLabel(t("proposals.filter.unit"));
        unit.setItemLabelGenerator(this::unitName);
        unit.setClearButtonVisible(true);
        if (agency) {
            unit.setItems(units);
        }
        handler.setId("filter-handler");
        handler.setLabel(t("proposals.filter.handler"));
        handler.setClearButtonVisible(true);
        text.setId("filter-text");
        text.setLabel(t("proposals.filter.text"));
        text.setPlaceholder(t("proposals.filter.text.placeholder"));
        text.setClearButtonVisible(true);
        text.addKeyPressListener(Key.ENTER, e -> apply());
        sort.setEmptySelectionAllowed(false);
        sort.setValue("assigned.desc");

        Button apply = new Button(t("proposals.filter.apply"), e -> apply());
        apply.setId("filter-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(t("proposals.filter.clear"), e -> show(ItemFilter.all()));
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(text, states, kind, session, category, unit, handler, overdue, key, outcome,
                rating, sort, apply, clear);
        bar.setWrap(true);
        for (com.vaadin.flow.component.HasSize field : List.<com.vaadin.flow.component.HasSize>of(states, kind, session, category, unit,
                handler, overdue, key, outcome, rating, sort)) {
            field.setWidth("10em");
        }
        text.setWidth("16em");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setId("filter-bar");

        savedFilters.setId("saved-filters");
        savedFilters.setPlaceholder(t("proposals.saved.choose"));
        savedFilters.setItemLabelGenerator(SavedFilter::getName);
        savedFilters.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(ItemFilter.parseQuery(e.getValue().getQuery()));
                savedName.setValue(e.getValue().getName());
            }
        });
        savedName.setId("saved-filter-name");
        savedName.setPlaceholder(t("proposals.saved.name"));
        savedName.setMaxLength(SavedFilters.MAX_NAME);
        Button save = new Button(t("proposals.saved.save"), e -> saveFilter());
        save.setId("filter-save");
        Button delete = new Button(t("proposals.saved.delete"), e -> deleteFilter());
        delete.setId("saved-filter-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout savedBar = new HorizontalLayout(new Span(t("proposals.saved.label")), savedFilters, savedName, save, delete, total);
        savedBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        total.setId("item-total");
        total.addClassName("huiyin-total");

        grid.setId("item-grid");
        grid.addColumn(ItemRow::number).setHeader(t("proposals.list.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(ItemRow::title).setHeader(t("proposals.list.title")).setKey("title").setWidth("24em").setFlexGrow(1);
        grid.addColumn(ItemRow::proposer).setHeader(t("proposals.list.proposer")).setKey("proposer").setAutoWidth(true);
        grid.addColumn(i -> t("proposals.state." + i.state())).setHeader(t("proposals.list.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(i -> i.keyItem() ? t("proposals.list.key.yes") : "").setHeader(t("proposals.list.key")).setKey("key")
                .setAutoWidth(true);
        grid.addColumn(ItemRow::handler).setHeader(t("proposals.list.handler")).setKey("handler").setAutoWidth(true);
        grid.addColumn(i -> i.unitId() == null ? "" : unitName(new UnitOption(i.unitId(), i.unitNameZh(), i.unitNameEn())))
                .setHeader(t("proposals.list.unit")).setKey("unit").setAutoWidth(true);
        grid.addComponentColumn(i -> Deadlines.badge(i, today, (k, p) -> t(k, p))).setHeader(t("proposals.list.deadline")).setKey("deadline")
                .setAutoWidth(true);
        grid.addColumn(i -> i.outcome() == null ? "" : t("proposals.outcome." + i.outcome())).setHeader(t("proposals.list.outcome"))
                .setKey("outcome").setAutoWidth(true);
        grid.addColumn(i -> i.rating() == null ? "" : t("proposals.rating." + i.rating())).setHeader(t("proposals.list.rating"))
                .setKey("rating").setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ProposalItemView.class,
                new RouteParameters(ProposalItemView.ID_PARAMETER, String.valueOf(e.getItem().id()))));
        grid.setSizeFull();

        add(new H2(t("proposals.list.heading")), bar, savedBar, grid);
        setSizeFull();
        if (agency) {
            refreshSaved(null);
            show(ItemFilter.all());
        } else {
            grid.setItems();
        }
    }

    /** Puts a filter into the bar and lists with it. */
    void show(ItemFilter f) {
        states.setValue(f.states());
        kind.setValue(f.kind());
        session.setValue(f.session() == null ? "" : f.session());
        category.setValue(f.category());
        unit.setValue(f.unitId() == null ? null
                : unit.getListDataView().getItems().filter(u -> u.id() == f.unitId()).findFirst().orElse(null));
        handler.setValue(f.handler() == null ? "" : f.handler());
        overdue.setValue(f.overdue() == null ? null : f.overdue().toString());
        key.setValue(f.key() == null ? null : f.key().toString());
        outcome.setValue(f.outcome());
        rating.setValue(f.rating());
        text.setValue(f.text() == null ? "" : f.text());
        String order = f.sort().code() + "." + (f.descending() ? "desc" : "asc");
        if (sort.getListDataView().getItems().noneMatch(order::equals)) {
            sort.setItems(java.util.stream.Stream.concat(sort.getListDataView().getItems(), java.util.stream.Stream.of(order)).toList());
        }
        sort.setValue(order);
        list(f);
    }

    private void apply() {
        try {
            list(ItemFilter.parse(barParameters()));
        } catch (UseCaseException e) {
            error(e.getMessage());
        }
    }

    private void list(ItemFilter f) {
        current = f;
        today = search.today();
        long count = search.count(f);
        total.setText(t("proposals.list.total", count));
        grid.setItems(query -> search.list(current.withPage(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, search.count(current)));
    }

    /** The bar as the list's query parameters (blank fields are left out). */
    private Map<String, List<String>> barParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!states.getValue().isEmpty()) {
            List<String> chosen = new ArrayList<>(states.getValue());
            // keep the workflow's order whatever order the person picked them in
            chosen.sort(java.util.Comparator.comparing(s -> ItemState.ofCode(s).ordinal()));
            p.put("state", List.of(String.join(",", chosen)));
        }
        put(p, "kind", kind.getValue());
        put(p, "session", session.getValue());
        put(p, "category", category.getValue());
        put(p, "unit", unit.getValue() == null ? null : String.valueOf(unit.getValue().id()));
        put(p, "handler", handler.getValue());
        put(p, "overdue", overdue.getValue());
        put(p, "key", key.getValue());
        put(p, "outcome", outcome.getValue());
        put(p, "rating", rating.getValue());
        put(p, "q", text.getValue());
        String[] s = sort.getValue().split("\\.");
        p.put("sort", List.of(s[0]));
        p.put("dir", List.of(s[1]));
        return p;
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, List.of(value));
        }
    }

    private void saveFilter() {
        try {
            ItemFilter f = ItemFilter.parse(barParameters());
            SavedFilter existing = savedFilters.getValue();
            SavedFilter s = existing != null && existing.getName().equals(savedName.getValue().strip())
                    ? saved.change(existing.getId(), existing.getVersion(), savedName.getValue(), f.toQuery())
                    : saved.save(savedName.getValue(), f.toQuery());
            refreshSaved(s.getId());
            list(f);
            Notification.show(t("proposals.saved.done", s.getName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UseCaseException e) {
            error(t("proposals.saved.error." + e.code(), e.getMessage()));
        }
    }

    private void deleteFilter() {
        SavedFilter s = savedFilters.getValue();
        if (s == null) {
            return;
        }
        try {
            saved.delete(s.getId());
            savedName.clear();
            refreshSaved(null);
            Notification.show(t("proposals.saved.deleted", s.getName()));
        } catch (UseCaseException e) {
            error(e.getMessage());
        }
    }

    private void refreshSaved(Long select) {
        List<SavedFilter> mine = saved.mine();
        savedFilters.setItems(mine);
        savedFilters.setValue(mine.stream().filter(f -> f.getId().equals(select)).findFirst().orElse(null));
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String unitName(UnitOption u) {
        Locale locale = UI.getCurrent() == null ? Locale.CHINA : UI.getCurrent().getLocale();
        return "en".equals(locale.getLanguage()) && u.nameEn() != null ? u.nameEn() : (u.nameZh() == null ? "#" + u.id() : u.nameZh());
    }

    private Select<String> choice(String id, String labelKey, List<String> values, String valueKeyPrefix) {
        Select<String> s = new Select<>();
        s.setId(id);
        s.setLabel(getTranslation(labelKey));
        s.setItems(values);
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(getTranslation("proposals.filter.any"));
        s.setItemLabelGenerator(v -> v == null ? getTranslation("proposals.filter.any") : getTranslation(valueKeyPrefix + v));
        return s;
    }

    @Override
    public String getPageTitle() {
        return t("proposals.list.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
