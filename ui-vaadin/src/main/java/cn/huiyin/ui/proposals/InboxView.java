package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.search.ItemRow;
import cn.huiyin.proposals.application.search.ItemSearch;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.proposals.domain.workflow.Workflow;
import cn.huiyin.proposals.application.ItemTransitions;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 我的待办: the items waiting for the signed-in person, most urgent first — overdue (red), due
 * within three days (amber), then by deadline; items without a deadline last. A click opens the item.
 */
@Route(value = "inbox", registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ItemRow> grid = new Grid<>();
    private LocalDate today = LocalDate.now();

    @Inject
    public InboxView(ItemSearch search, ItemTransitions transitions) {
        setId("inbox");
        Set<String> roles = transitions.actingRoles();
        grid.setId("inbox-grid");
        grid.addComponentColumn(i -> Deadlines.badge(i, today, (k, p) -> t(k, p))).setHeader(t("proposals.list.deadline"))
                .setKey("deadline").setAutoWidth(true);
        grid.addColumn(ItemRow::number).setHeader(t("proposals.list.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(ItemRow::title).setHeader(t("proposals.list.title")).setKey("title").setWidth("24em").setFlexGrow(1);
        grid.addColumn(i -> t("proposals.state." + i.state())).setHeader(t("proposals.list.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(i -> Workflow.available(ItemState.ofCode(i.state()), roles).stream()
                        .map(a -> t("proposals.action." + a.code())).collect(Collectors.joining(" / ")))
                .setHeader(t("proposals.inbox.todo")).setKey("todo").setAutoWidth(true);
        grid.addColumn(ItemRow::handler).setHeader(t("proposals.list.handler")).setKey("handler").setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ProposalItemView.class,
                new RouteParameters(ProposalItemView.ID_PARAMETER, String.valueOf(e.getItem().id()))));
        grid.setSizeFull();

        Span count = new Span();
        count.setId("inbox-total");
        try {
            today = search.today();
            long total = search.inbox(0, 1).total();
            count.setText(t("proposals.inbox.total", total));
            grid.setItems(q -> search.inbox(q.getPage(), q.getPageSize()).items().stream(), q -> (int) Math.min(total, Integer.MAX_VALUE));
        } catch (TenantContext.NoTenantException e) {
            grid.setItems();
        }
        add(new H2(t("proposals.inbox.heading")), new Paragraph(t("proposals.inbox.intro")), count, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return t("proposals.inbox.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
