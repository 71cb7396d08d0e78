package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ProposerPortal;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

import java.util.List;

/** The proposer's portal (我的建议提案): their own items in every agency of their district; a click opens one. */
@Route(value = PortalView.ROUTE, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class PortalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portal";

    private final ProposerPortal portal;
    private final CallerPermissions permissions;
    private final Grid<ProposerPortal.PortalItem> grid = new Grid<>();

    @Inject
    public PortalView(ProposerPortal portal, CallerPermissions permissions) {
        this.portal = portal;
        this.permissions = permissions;
        setId("portal");
        grid.setId("portal-grid");
        boolean english = "en".equals(UI.getCurrent().getLocale().getLanguage());
        grid.addColumn(ProposerPortal.PortalItem::number).setHeader(t("proposals.list.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(ProposerPortal.PortalItem::title).setHeader(t("proposals.list.title")).setKey("title").setFlexGrow(1);
        grid.addColumn(i -> english ? i.agencyNameEn() : i.agencyNameZh()).setHeader(t("portal.agency")).setKey("agency").setAutoWidth(true);
        grid.addColumn(i -> t("proposals.state." + i.state())).setHeader(t("proposals.list.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(i -> i.rating() == null ? "" : t("portal.rating." + i.rating())).setHeader(t("portal.rating")).setKey("rating")
                .setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(PortalItemView.class,
                new RouteParameters(PortalItemView.ID_PARAMETER, String.valueOf(e.getItem().id()))));
        grid.setSizeFull();
        add(new H2(t("portal.heading")), new Paragraph(t("portal.intro")), grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.PORTAL)) {
            event.forwardTo(HomeView.class);
            return;
        }
        List<ProposerPortal.PortalItem> mine;
        try {
            mine = portal.myItems();
        } catch (UseCaseException e) {
            mine = List.of();
        }
        grid.setItems(mine);
    }

    @Override
    public String getPageTitle() {
        return t("portal.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
