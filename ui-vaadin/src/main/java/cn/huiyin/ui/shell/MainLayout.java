package cn.huiyin.ui.shell;

import cn.huiyin.platform.application.CallerProfile;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.module.UiEntry;
import cn.huiyin.ui.i18n.LocaleInitializer;
import cn.huiyin.ui.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The shell: who is signed in (name, agency, role), the modules' navigation, language and sign-out. */
@Layout
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(CallerProfile profiles, PermissionCatalog permissions, cn.huiyin.ui.proposals.NotificationBell bell) {
        Locale locale = UI.getCurrent().getLocale();
        var profile = profiles.current();
        Caller caller = profile.caller();

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("huiyin-title");

        Span name = new Span(caller.displayName());
        name.setId("user-name");
        Span agency = new Span(profile.organization().map(o -> o.name(locale)).orElse(getTranslation("shell.noOrganization")));
        agency.setId("user-agency");
        Span role = new Span(profile.primaryRole() == null ? "" : getTranslation("role." + profile.primaryRole()));
        role.setId("user-role");
        role.addClassName("huiyin-role");

        Button language = new Button(getTranslation("shell.language"), e -> {
            Locale next = "en".equals(locale.getLanguage()) ? Translations.CHINESE : Translations.ENGLISH;
            LocaleInitializer.choose(UI.getCurrent().getSession(), next);
            UI.getCurrent().getPage().reload();
        });
        language.setId("language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        // a full page load, not client-side routing: the logout servlet ends the Keycloak session
        Button logout = new Button(getTranslation("shell.logout"), e -> UI.getCurrent().getPage().setLocation("logout"));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout user = new HorizontalLayout(bell, name, agency, role, language, logout); // --- deadlines: the bell ---
        user.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        user.addClassName("huiyin-user");

        addToNavbar(new DrawerToggle(), title, user);
        addToDrawer(navigation(profile.modules(), permissions.permissionsOf(caller.roles()), locale));
    }

    /** Only the modules switched on for the user's agency, and only entries their role may open. */
    private SideNav navigation(List<ModuleDescriptor> modules, Set<String> granted, Locale locale) {
        SideNav nav = new SideNav();
        nav.setId("module-nav");
        nav.addItem(new SideNavItem(getTranslation("shell.home"), ""));
        for (ModuleDescriptor module : modules) {
            for (UiEntry entry : module.uiEntries()) {
                if (entry.permission() == null || granted.contains(entry.permission())) {
                    nav.addItem(new SideNavItem(entry.label(locale), entry.route()));
                }
            }
        }
        if (granted.contains(PlatformPermissions.MANAGE_MODULES) || granted.contains(PlatformPermissions.MANAGE_TENANTS)
                || granted.contains(PlatformPermissions.READ_AUDIT) || granted.contains(PlatformPermissions.MANAGE_AGENCY_USERS)) {
            SideNavItem admin = new SideNavItem(getTranslation("admin.section"));
            admin.setExpanded(true);
            if (granted.contains(PlatformPermissions.MANAGE_TENANTS)) {
                admin.addItem(new SideNavItem(getTranslation("admin.org.nav"), "admin/organizations"));
            }
            if (granted.contains(PlatformPermissions.MANAGE_MODULES)) {
                admin.addItem(new SideNavItem(getTranslation("admin.modules.title"), "admin/modules"));
            }
            if (granted.contains(PlatformPermissions.MANAGE_AGENCY_USERS)) {
                admin.addItem(new SideNavItem(getTranslation("admin.agency.title"), "admin/agency"));
            }
            if (granted.contains(PlatformPermissions.READ_AUDIT)) {
                admin.addItem(new SideNavItem(getTranslation("admin.audit.title"), "admin/audit"));
            }
            nav.addItem(admin);
        }
        return nav;
    }
}
