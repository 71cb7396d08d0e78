package cn.huiyin.ui.admin;

import cn.huiyin.platform.application.ModuleRegistry;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.ui.shell.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.util.Locale;

/** Platform admins switch modules on and off per agency (平台管理 · 功能模块). */
@Route("admin/modules")
public class TenantModulesView extends VerticalLayout implements BeforeEnterObserver {

    private final ModuleSwitches switches;
    private final ModuleRegistry modules;
    private final CallerPermissions permissions;
    private final VerticalLayout toggles = new VerticalLayout();

    @Inject
    public TenantModulesView(ModuleSwitches switches, ModuleRegistry modules, OrganizationRepository organizations,
                             CallerPermissions permissions) {
        this.switches = switches;
        this.modules = modules;
        this.permissions = permissions;
        setId("tenant-modules");
        Locale locale = UI.getCurrent().getLocale();

        ComboBox<Organization> agency = new ComboBox<>(getTranslation("admin.modules.agency"));
        agency.setId("tenant-select");
        agency.setItems(organizations.findAll().stream().filter(o -> o.getKind() == Organization.Kind.AGENCY).toList());
        agency.setItemLabelGenerator(o -> o.name(locale) + " (" + o.getAlias() + ")");
        agency.setWidth("28em");
        agency.addValueChangeListener(e -> show(e.getValue(), locale));
        toggles.setPadding(false);
        add(new H2(getTranslation("admin.modules.title")), new Paragraph(getTranslation("admin.modules.intro")), agency, toggles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean allowed = permissions.has(PlatformPermissions.MANAGE_MODULES);
        if (!allowed) {
            event.forwardTo(HomeView.class);
        }
    }

    private void show(Organization agency, Locale locale) {
        toggles.removeAll();
        if (agency == null) {
            return;
        }
        var states = switches.of(agency.getAlias());
        for (ModuleDescriptor m : modules.modules()) {
            Checkbox box = new Checkbox("en".equals(locale.getLanguage()) ? m.nameEn() : m.nameZh(), states.get(m.id()));
            box.setId("module-toggle-" + m.id());
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    switches.set(agency.getAlias(), m.id(), e.getValue());
                    Notification.show(getTranslation(e.getValue() ? "admin.modules.enabled" : "admin.modules.disabled",
                            box.getLabel(), agency.name(locale))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (UseCaseException refused) {
                    // nothing changed: put the box back and say why
                    box.setValue(e.getOldValue());
                    Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                show(agency, locale);
            });
            toggles.add(box);
        }
    }
}
