package cn.huiyin.ui.proposals.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.assignment.CoHandlingWork;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The co-handling agency's items (会办事项): each as its restricted view — number, title, text,
 * proposer, lead agency and deadline — and the agency's own opinion, written by a handler or
 * leader and signed off by a leader. Nothing of the lead's internal work is shown, because
 * nothing of it is stored with the co-handling row.
 */
@Route(value = "proposals-cohandling", registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class CoHandlingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CoHandlingWork work;
    private final boolean maySignOff;
    private final Grid<CoHandling> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    @Inject
    public CoHandlingView(CoHandlingWork work, CallerPermissions permissions) {
        this.work = work;
        this.maySignOff = permissions.has(ProposalsModule.COHANDLE_SIGN_OFF);
        setId("cohandling-view");
        grid.setId("cohandling-grid");
        grid.addColumn(CoHandling::getNumber).setHeader(t("proposals.list.number")).setAutoWidth(true);
        grid.addColumn(CoHandling::getTitle).setHeader(t("proposals.list.title")).setFlexGrow(1);
        grid.addColumn(c -> AgencyNames.of(c.getLeadTenantId(), getLocale())).setHeader(t("assignment.cohandling-view.lead")).setAutoWidth(true);
        grid.addColumn(CoHandling::getDueOn).setHeader(t("assignment.cohandling-view.due")).setAutoWidth(true);
        grid.addColumn(c -> t("assignment.cohandling.status." + c.status())).setHeader(t("proposals.list.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().getId());
            }
        });
        detail.setId("cohandling-detail");
        detail.setPadding(false);
        add(new H2(t("assignment.cohandling-view.heading")), grid, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!bean().has(ProposalsModule.COHANDLE)) {
            event.forwardTo(cn.huiyin.ui.shell.HomeView.class);
            return;
        }
        refresh();
    }

    private CallerPermissions bean() {
        return jakarta.enterprise.inject.spi.CDI.current().select(CallerPermissions.class).get();
    }

    private void refresh() {
        try {
            List<CoHandling> rows = work.mine();
            grid.setItems(rows);
            if (rows.isEmpty()) {
                detail.removeAll();
                detail.add(new Span(t("assignment.cohandling-view.none")));
            }
        } catch (TenantContext.NoTenantException e) {
            grid.setItems();
        }
    }

    private void open(long id) {
        detail.removeAll();
        CoHandling c;
        try {
            c = work.get(id);
        } catch (UseCaseException e) {
            Notices.refused(this, e);
            return;
        }
        H3 heading = new H3(c.getNumber() + " " + c.getTitle());
        heading.setId("cohandling-title");
        Paragraph meta = new Paragraph(t("assignment.cohandling-view.meta", c.getSession(), c.getProposer(), AgencyNames.of(c.getLeadTenantId(), getLocale()),
                c.getDueOn()));
        Paragraph body = new Paragraph(c.getBody());
        body.setId("cohandling-body");
        Span status = new Span(t("assignment.cohandling.status." + c.status()));
        status.setId("cohandling-status");
        status.getElement().getThemeList().add("badge");
        TextArea opinion = new TextArea(t("assignment.cohandling-view.opinion"));
        opinion.setId("cohandling-opinion");
        opinion.setWidth("40em");
        opinion.setMaxLength(10000);
        opinion.setValue(c.getOpinion() == null ? "" : c.getOpinion());
        opinion.setReadOnly(!c.isOpen());
        detail.add(heading, meta, body, new HorizontalLayout(new Span(t("proposals.item.state")), status), opinion);
        if (c.getWaiverReason() != null) {
            detail.add(new Paragraph(t("assignment.cohandling.waiver") + c.getWaiverReason()));
        }
        if (!c.isOpen()) {
            return;
        }
        long version = c.getVersion();
        Button save = new Button(t("assignment.cohandling-view.save"), e -> act(id, () -> work.writeOpinion(id, version, opinion.getValue()),
                t("assignment.cohandling-view.saved")));
        save.setId("cohandling-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save);
        if (maySignOff) {
            Button signOff = new Button(t("assignment.cohandling-view.sign-off"), e -> act(id, () -> {
                CoHandling saved = opinion.getValue().equals(c.getOpinion() == null ? "" : c.getOpinion())
                        ? c : work.writeOpinion(id, version, opinion.getValue());
                work.signOff(id, saved.getVersion());
            }, t("assignment.cohandling-view.signed-off")));
            signOff.setId("cohandling-sign-off");
            signOff.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            buttons.add(signOff);
        }
        detail.add(buttons);
    }

    private void act(long id, Runnable step, String done) {
        try {
            step.run();
            Notices.done(this, done);
        } catch (RuntimeException e) {
            Notices.refused(this, e);
        }
        refresh();
        open(id);
    }

    @Override
    public String getPageTitle() {
        return t("assignment.cohandling-view.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
