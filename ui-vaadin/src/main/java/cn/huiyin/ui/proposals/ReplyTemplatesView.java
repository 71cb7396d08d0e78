package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ReplyLetters;
import cn.huiyin.proposals.domain.letter.ReplyTemplate;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.util.List;

/** The agency's reply-letter templates (答复函模板), for agency admins and leaders: list, new, edit, delete. */
@Route(value = ReplyTemplatesView.ROUTE, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class ReplyTemplatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "proposals-templates";

    private final ReplyLetters letters;
    private final CallerPermissions permissions;
    private final Grid<ReplyTemplate> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextArea body = new TextArea();
    private ReplyTemplate editing;

    @Inject
    public ReplyTemplatesView(ReplyLetters letters, CallerPermissions permissions) {
        this.letters = letters;
        this.permissions = permissions;
        setId("reply-templates");
        grid.setId("template-grid");
        grid.addColumn(ReplyTemplate::getName).setHeader(t("templates.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(t -> t.getBody().length() > 60 ? t.getBody().substring(0, 60) + "…" : t.getBody())
                .setHeader(t("templates.body")).setKey("body").setFlexGrow(1);
        grid.setHeight("16em");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        name.setId("template-name");
        name.setLabel(t("templates.name"));
        name.setMaxLength(100);
        name.setWidth("20em");
        body.setId("template-body");
        body.setLabel(t("templates.body"));
        body.setMaxLength(20000);
        body.setWidth("40em");
        body.setMinHeight("14em");
        Button fresh = new Button(t("templates.new"), e -> edit(null));
        fresh.setId("template-new");
        Button save = new Button(t("templates.save"), e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button delete = new Button(t("templates.delete"), e -> delete());
        delete.setId("template-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(t("templates.heading")), new Paragraph(t("templates.intro")), grid, name, body,
                new HorizontalLayout(fresh, save, delete));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.TEMPLATES)) {
            event.forwardTo(HomeView.class);
            return;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return t("templates.heading") + " · " + t("app.name");
    }

    private void refresh() {
        try {
            grid.setItems(letters.templates());
        } catch (UseCaseException | TenantContext.NoTenantException e) {
            grid.setItems(List.of());
        }
    }

    private void edit(ReplyTemplate template) {
        editing = template;
        name.setValue(template == null ? "" : template.getName());
        body.setValue(template == null ? "" : template.getBody());
    }

    private void save() {
        try {
            if (editing == null) {
                letters.create(name.getValue(), body.getValue());
            } else {
                letters.update(editing.getId(), name.getValue(), body.getValue(), editing.getVersion());
            }
            done("templates.saved");
        } catch (UseCaseException e) {
            refused(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            staleOrThrow(e);
        }
    }

    private void delete() {
        if (editing == null) {
            return;
        }
        try {
            letters.delete(editing.getId(), editing.getVersion());
            done("templates.deleted");
        } catch (UseCaseException e) {
            refused(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            staleOrThrow(e);
        }
    }

    private void done(String key) {
        Notification.show(t(key)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        edit(null);
        refresh();
    }

    private void refused(String code, String fallback) {
        String text = t("templates.error." + code);
        Notification n = Notification.show(text.startsWith("!") ? fallback : text);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void staleOrThrow(RuntimeException e) {
        if (!StaleEdit.causedBy(e)) {
            throw e;
        }
        refused("stale-version", e.getMessage());
        refresh();
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
