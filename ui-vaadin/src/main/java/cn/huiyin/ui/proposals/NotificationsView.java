package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.notification.Notifications;
import cn.huiyin.proposals.domain.notification.Notification;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The user's notifications, newest first: unread ones bold with a "read" button; a click on the item opens it. */
@Route(value = "notifications", registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;
    private final CallerPermissions permissions;
    private final VerticalLayout list = new VerticalLayout();

    @Inject
    public NotificationsView(Notifications notifications, CallerPermissions permissions) {
        this.notifications = notifications;
        this.permissions = permissions;
        setId("notifications");
        list.setId("notification-list");
        list.setPadding(false);
        Button all = new Button(t("notifications.readAll"), e -> {
            notifications.markAllRead();
            refresh();
        });
        all.setId("notifications-read-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new HorizontalLayout(new H2(t("notifications.title")), all), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.NOTIFICATIONS)) {
            event.forwardTo(HomeView.class);
            return;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return t("notifications.title") + " · " + t("app.name");
    }

    private void refresh() {
        list.removeAll();
        var mine = notifications.mine(false, 100);
        if (mine.isEmpty()) {
            list.add(new Span(t("notifications.none")));
        }
        for (Notification n : mine) {
            Div row = new Div();
            row.addClassName("notification");
            row.getElement().setAttribute("data-id", String.valueOf(n.getId()));
            Span text = new Span(TIME.format(n.getCreatedAt()) + " · " + n.text(getLocale()));
            if (n.getReadAt() == null) {
                text.getStyle().set("font-weight", "600");
                row.addClassName("notification-unread");
            }
            row.add(text);
            if (n.getItemId() != null && n.getTenantId() != null) {
                Button open = new Button(t("notifications.open"), e -> UI.getCurrent().navigate(ProposalItemView.class,
                        new RouteParameters(ProposalItemView.ID_PARAMETER, String.valueOf(n.getItemId()))));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(open);
            }
            if (n.getReadAt() == null) {
                Button read = new Button(t("notifications.markRead"), e -> {
                    notifications.markRead(n.getId());
                    refresh();
                });
                read.setId("notification-read-" + n.getId());
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(read);
            }
            list.add(row);
        }
        // the bell in the header shows the new count
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new NotificationBell.Changed(ui));
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
