package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.intake.OversightItems;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

/**
 * One item of the district as oversight sees it (read-only): agency, text, proposers, state.
 * Oversight actions of other slices go into {@link #actions}.
 */
@Route(value = DistrictItemsView.ROUTE + "/:" + DistrictItemView.AGENCY + "/:" + DistrictItemView.ID, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class DistrictItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String AGENCY = "agency";
    public static final String ID = "id";

    private final OversightItems oversight;
    private final CallerPermissions permissions;
    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Paragraph people = new Paragraph();
    private final Paragraph body = new Paragraph();
    private final Span state = new Span();
    /** Where oversight's actions on the item go. */
    protected final HorizontalLayout actions = new HorizontalLayout();
    private OversightItems.Detail detail;

    @Inject
    public DistrictItemView(OversightItems oversight, CallerPermissions permissions) {
        this.oversight = oversight;
        this.permissions = permissions;
        setId("district-item");
        meta.setId("district-item-meta");
        people.setId("district-item-people");
        body.setId("district-item-body");
        state.setId("district-item-state");
        state.getElement().getThemeList().add("badge");
        actions.setId("district-item-actions");
        add(new RouterLink(t("proposals.district.back"), DistrictItemsView.class), heading, meta, people, body,
                new HorizontalLayout(new Span(t("proposals.item.state")), state), actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String agency = event.getRouteParameters().get(AGENCY).orElse("");
        long id = event.getRouteParameters().getLong(ID).orElse(-1L);
        if (!permissions.has(ProposalsModule.OVERSEE)) {
            event.forwardTo(DistrictItemsView.class);
            return;
        }
        try {
            detail = oversight.get(agency, id);
        } catch (UseCaseException e) {
            event.forwardTo(DistrictItemsView.class);
            return;
        }
        var i = detail.item();
        heading.setText(i.number() + " " + i.title());
        meta.setText(t("proposals.district.meta", i.agencyName(), i.session(), t("proposals.kind." + i.kind()),
                t("proposals.category." + i.category()), i.assignedOn().toString(), i.keyItem() ? t("proposals.list.key.yes") : ""));
        people.setText(t("proposals.district.people", i.proposer() + (detail.proposerGroup() == null ? "" : "（" + detail.proposerGroup() + "）"),
                detail.coSigners().isEmpty() ? "—" : String.join("、", detail.coSigners())));
        body.setText(detail.body());
        state.setText(t("proposals.state." + i.state()));
    }

    public OversightItems.Detail detail() {
        return detail;
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? t("proposals.district.heading") : detail.item().number()) + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
