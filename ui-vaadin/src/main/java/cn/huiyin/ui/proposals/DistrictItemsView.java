package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.intake.District;
import cn.huiyin.proposals.application.intake.OversightItems;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** District oversight's items of its district (区内建议提案), read-only, with the agency column and filters. */
@Route(value = DistrictItemsView.ROUTE, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class DistrictItemsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "district/items";
    private static final String ALL = "";

    private final OversightItems oversight;
    private final CallerPermissions permissions;
    private final Grid<OversightItems.DistrictItem> grid = new Grid<>();
    private final Select<String> agency = new Select<>();
    private final Select<String> state = new Select<>();

    @Inject
    public DistrictItemsView(OversightItems oversight, CallerPermissions permissions) {
        this.oversight = oversight;
        this.permissions = permissions;
        setId("district-items");
        agency.setId("filter-agency");
        agency.setLabel(t("proposals.district.agency"));
        state.setId("filter-state");
        state.setLabel(t("proposals.list.state"));
        List<String> states = new ArrayList<>(List.of(ALL));
        Arrays.stream(ItemState.values()).map(ItemState::code).forEach(states::add);
        state.setItems(states);
        state.setItemLabelGenerator(s -> s.isEmpty() ? t("proposals.district.all") : t("proposals.state." + s));
        state.setValue(ALL);

        grid.setId("district-grid");
        grid.addColumn(OversightItems.DistrictItem::agencyName).setHeader(t("proposals.district.agency")).setKey("agency").setAutoWidth(true);
        grid.addColumn(OversightItems.DistrictItem::number).setHeader(t("proposals.list.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(OversightItems.DistrictItem::title).setHeader(t("proposals.list.title")).setKey("title").setFlexGrow(1);
        grid.addColumn(OversightItems.DistrictItem::proposer).setHeader(t("proposals.list.proposer")).setKey("proposer").setAutoWidth(true);
        grid.addColumn(i -> t("proposals.state." + i.state())).setHeader(t("proposals.list.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(i -> i.assignedOn().toString()).setHeader(t("proposals.intake.assignedOn")).setKey("assignedOn").setAutoWidth(true);
        grid.addColumn(i -> i.keyItem() ? t("proposals.list.key.yes") : "").setHeader(t("proposals.list.key")).setKey("key").setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DistrictItemView.class, new RouteParameters(
                new com.vaadin.flow.router.RouteParam(DistrictItemView.AGENCY, e.getItem().agency()),
                new com.vaadin.flow.router.RouteParam(DistrictItemView.ID, String.valueOf(e.getItem().id())))));
        grid.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(agency, state);
        add(new H2(t("proposals.district.heading")), filters, grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.OVERSEE)) {
            event.forwardTo(HomeView.class);
            return;
        }
        District district = oversight.district();
        List<String> aliases = new ArrayList<>(List.of(ALL));
        district.agencies().stream().map(Organization::getAlias).forEach(aliases::add);
        agency.setItems(aliases);
        agency.setItemLabelGenerator(a -> a.isEmpty() ? t("proposals.district.all") : district.agencyName(a));
        agency.setValue(ALL);
        agency.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setItems(query -> oversight.list(filter(agency.getValue()), filter(state.getValue()), query.getPage(), query.getPageSize())
                        .items().stream(),
                query -> (int) oversight.count(filter(agency.getValue()), filter(state.getValue())));
    }

    private static String filter(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String getPageTitle() {
        return t("proposals.district.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
