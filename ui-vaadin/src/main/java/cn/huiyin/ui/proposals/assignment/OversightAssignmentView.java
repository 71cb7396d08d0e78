package cn.huiyin.ui.proposals.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.assignment.OversightAssignment;
import cn.huiyin.proposals.application.assignment.OversightScope;
import cn.huiyin.proposals.application.assignment.Reassignments;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;

/**
 * District oversight's assignment desk (its own district only): the pending reassignment requests
 * with approve (choosing the new lead agency) or reject (with a reason), and the co-handling
 * agencies of an item — add them with a deadline, or waive an open opinion with a reason.
 */
@Route(value = "proposals-assignment", registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class OversightAssignmentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final OversightScope scope;
    private final OversightAssignment assignment;
    private final Reassignments reassignments;
    private final CallerPermissions permissions;

    private final Grid<Reassignments.Pending> requests = new Grid<>();
    private final VerticalLayout decision = new VerticalLayout();
    private final ComboBox<Organization> leadAgency = new ComboBox<>();
    private final Grid<ProposalItem> items = new Grid<>();
    private final VerticalLayout coHandlers = new VerticalLayout();
    private List<Organization> agencies = List.of();

    @Inject
    public OversightAssignmentView(OversightScope scope, OversightAssignment assignment, Reassignments reassignments,
                                   CallerPermissions permissions) {
        this.scope = scope;
        this.assignment = assignment;
        this.reassignments = reassignments;
        this.permissions = permissions;
        setId("oversight-assignment");

        requests.setId("reassignment-grid");
        requests.addColumn(p -> name(p.agency())).setHeader(t("assignment.oversight.agency")).setAutoWidth(true);
        requests.addColumn(Reassignments.Pending::number).setHeader(t("proposals.list.number")).setAutoWidth(true);
        requests.addColumn(Reassignments.Pending::title).setHeader(t("proposals.list.title")).setFlexGrow(1);
        requests.addColumn(p -> p.requestedAt() == null ? "" : TIME.format(p.requestedAt()) + " " + p.requestedBy())
                .setHeader(t("assignment.oversight.requested")).setAutoWidth(true);
        requests.addColumn(Reassignments.Pending::reason).setHeader(t("proposals.item.reason.label")).setFlexGrow(1);
        requests.setAllRowsVisible(true);
        requests.asSingleSelect().addValueChangeListener(e -> decide(e.getValue()));
        decision.setId("reassignment-decision");
        decision.setPadding(false);

        leadAgency.setId("cohandling-lead-agency");
        leadAgency.setLabel(t("assignment.oversight.lead-agency"));
        leadAgency.setItemLabelGenerator(o -> AgencyNames.name(o, getLocale()));
        leadAgency.addValueChangeListener(e -> showItems());
        items.setId("cohandling-items");
        items.addColumn(ProposalItem::getNumber).setHeader(t("proposals.list.number")).setAutoWidth(true);
        items.addColumn(ProposalItem::getTitle).setHeader(t("proposals.list.title")).setFlexGrow(1);
        items.addColumn(i -> t("proposals.state." + i.getState())).setHeader(t("proposals.list.state")).setAutoWidth(true);
        items.setHeight("16em");
        items.asSingleSelect().addValueChangeListener(e -> showCoHandlers(e.getValue()));
        coHandlers.setId("cohandling-of-item");
        coHandlers.setPadding(false);

        add(new H2(t("assignment.oversight.heading")), new H3(t("assignment.oversight.reassignments")), requests, decision,
                new H3(t("assignment.oversight.cohandling")), leadAgency, items, coHandlers);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.OVERSEE_ASSIGN)) {
            event.forwardTo(HomeView.class);
            return;
        }
        try {
            agencies = scope.agencies();
        } catch (UseCaseException e) {
            event.forwardTo(HomeView.class);
            return;
        }
        leadAgency.setItems(agencies);
        showRequests();
    }

    private void showRequests() {
        List<Reassignments.Pending> pending = reassignments.pending();
        requests.setItems(pending);
        decision.removeAll();
        if (pending.isEmpty()) {
            decision.add(new Span(t("assignment.oversight.reassignments.none")));
        }
    }

    private void decide(Reassignments.Pending p) {
        decision.removeAll();
        if (p == null) {
            return;
        }
        ComboBox<Organization> to = new ComboBox<>(t("assignment.oversight.new-agency"));
        to.setId("reassignment-new-agency");
        to.setItems(agencies.stream().filter(a -> !a.getAlias().equals(p.agency())).toList());
        to.setItemLabelGenerator(o -> AgencyNames.name(o, getLocale()));
        Button approve = new Button(t("proposals.action.approve_reassignment"), e -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                to.setErrorMessage(t("assignment.oversight.new-agency.required"));
                return;
            }
            act(() -> reassignments.approve(p.agency(), p.itemId(), p.version(), to.getValue().getAlias()));
        });
        approve.setId("reassignment-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField reason = new TextField(t("proposals.item.reason.label"));
        reason.setId("reassignment-reason");
        reason.setMaxLength(2000);
        Button reject = new Button(t("proposals.action.reject_reassignment"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(t("proposals.error.reason-required"));
                return;
            }
            act(() -> reassignments.reject(p.agency(), p.itemId(), p.version(), reason.getValue()));
        });
        reject.setId("reassignment-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(to, approve, reason, reject);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        decision.add(row);
    }

    private void act(Runnable step) {
        try {
            step.run();
            Notices.done(this, t("assignment.oversight.done"));
        } catch (RuntimeException e) {
            Notices.refused(this, e);
        }
        showRequests();
        showItems();
    }

    private void showItems() {
        coHandlers.removeAll();
        Organization lead = leadAgency.getValue();
        items.setItems(lead == null ? List.of() : assignment.openItems(lead.getAlias()));
    }

    private void showCoHandlers(ProposalItem item) {
        coHandlers.removeAll();
        Organization lead = leadAgency.getValue();
        if (item == null || lead == null) {
            return;
        }
        List<CoHandling> rows = assignment.coHandlers(lead.getAlias(), item.getId());
        Div list = new Div();
        list.setId("oversight-cohandlers");
        if (rows.isEmpty()) {
            list.add(new Span(t("assignment.cohandlers.none")));
        }
        for (CoHandling c : rows) {
            Span text = new Span(name(c.getTenantId()) + " · " + t("assignment.cohandling.due", c.getDueOn()) + " · "
                    + t("assignment.cohandling.status." + c.status())
                    + (c.getOpinion() == null ? "" : " · " + t("assignment.cohandling.opinion") + c.getOpinion()));
            HorizontalLayout row = new HorizontalLayout(text);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            if (c.isOpen()) {
                TextField reason = new TextField();
                reason.setPlaceholder(t("assignment.oversight.waiver.reason"));
                reason.setId("waiver-reason-" + c.getTenantId());
                Button waive = new Button(t("assignment.oversight.waive"), e -> {
                    if (reason.getValue().isBlank()) {
                        reason.setInvalid(true);
                        return;
                    }
                    try {
                        assignment.waive(lead.getAlias(), item.getId(), c.getTenantId(), reason.getValue());
                        Notices.done(this, t("assignment.oversight.done"));
                    } catch (RuntimeException ex) {
                        Notices.refused(this, ex);
                    }
                    showCoHandlers(item);
                });
                waive.setId("waive-" + c.getTenantId());
                row.add(reason, waive);
            }
            list.add(row);
        }
        MultiSelectComboBox<Organization> add = new MultiSelectComboBox<>(t("assignment.oversight.cohandlers.add"));
        add.setId("cohandling-add-agencies");
        add.setItems(agencies.stream().filter(a -> !a.getAlias().equals(lead.getAlias())).toList());
        add.setItemLabelGenerator(o -> AgencyNames.name(o, getLocale()));
        DatePicker due = new DatePicker(t("assignment.cohandling-view.due"));
        due.setId("cohandling-add-due");
        due.setHelperText(t("assignment.oversight.due.default"));
        Button assign = new Button(t("assignment.oversight.cohandlers.assign"), e -> {
            try {
                assignment.addCoHandlers(lead.getAlias(), item.getId(), add.getValue().stream().map(Organization::getAlias).toList(),
                        due.getValue());
                Notices.done(this, t("assignment.oversight.done"));
            } catch (RuntimeException ex) {
                Notices.refused(this, ex);
            }
            showCoHandlers(item);
        });
        assign.setId("cohandling-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(add, due, assign);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        coHandlers.add(new Span(item.getNumber() + " " + item.getTitle()), list, adding);
    }

    private String name(String alias) {
        return agencies.stream().filter(a -> a.getAlias().equals(alias)).findFirst().map(a -> AgencyNames.name(a, getLocale()))
                .orElse(alias);
    }

    @Override
    public String getPageTitle() {
        return t("assignment.oversight.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
