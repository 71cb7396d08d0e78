package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ItemQueries;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

/** The agency's items (建议/提案): number, title, proposer, state and key flag; a click opens the item. */
@Route(value = ProposalsModule.ID, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class ProposalsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ProposalItem> grid = new Grid<>();

    @Inject
    public ProposalsView(ItemQueries queries) {
        setId("module-" + ProposalsModule.ID);
        grid.setId("item-grid");
        grid.addColumn(ProposalItem::getNumber).setHeader(t("proposals.list.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(ProposalItem::getTitle).setHeader(t("proposals.list.title")).setKey("title").setFlexGrow(1);
        grid.addColumn(ProposalItem::getProposer).setHeader(t("proposals.list.proposer")).setKey("proposer").setAutoWidth(true);
        grid.addColumn(i -> t("proposals.state." + i.getState())).setHeader(t("proposals.list.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(i -> i.isKeyItem() ? t("proposals.list.key.yes") : "").setHeader(t("proposals.list.key")).setKey("key")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ProposalItemView.class,
                new RouteParameters(ProposalItemView.ID_PARAMETER, String.valueOf(e.getItem().getId()))));
        try {
            grid.setItems(query -> queries.page(null, query.getPage(), query.getPageSize()).items().stream(),
                    query -> (int) queries.page(null, 0, 1).total());
        } catch (TenantContext.NoTenantException e) {
            grid.setItems();
        }
        grid.setSizeFull();
        add(new H2(t("proposals.list.heading")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return t("proposals.list.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
