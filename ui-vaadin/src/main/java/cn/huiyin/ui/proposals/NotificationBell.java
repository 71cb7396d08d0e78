package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.notification.Notifications;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import jakarta.inject.Inject;

/**
 * The bell in the header with the number of unread notifications, counted on every navigation; a
 * click opens the list. Hidden for users who have no notifications to read.
 */
public class NotificationBell extends Button implements AfterNavigationObserver {

    /** Fired on the UI when the unread count may have changed (a notification was read). */
    public static class Changed extends ComponentEvent<UI> {
        public Changed(UI source) {
            super(source, false);
        }
    }

    private final Notifications notifications;
    private final Span count = new Span();
    private com.vaadin.flow.shared.Registration listening;

    @Inject
    public NotificationBell(Notifications notifications, CallerPermissions permissions, cn.huiyin.platform.application.CallerProfile profiles) {
        this.notifications = notifications;
        setId("notification-bell");
        setIcon(VaadinIcon.BELL.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        setSuffixComponent(count);
        getElement().setAttribute("aria-label", getTranslation("notifications.title"));
        addClickListener(e -> UI.getCurrent().navigate("notifications"));
        // the list is a view of the proposals module: no bell where the module is off for the agency
        setVisible(permissions.has(ProposalsModule.NOTIFICATIONS)
                && profiles.current().modules().stream().anyMatch(m -> ProposalsModule.ID.equals(m.id())));
        addAttachListener(e -> {
            refresh();
            listening = ComponentUtil.addListener(e.getUI(), Changed.class, c -> refresh());
        });
        addDetachListener(e -> {
            if (listening != null) {
                listening.remove();
            }
        });
    }

    /** The layout stays while the user moves between views: count again on every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    public void refresh() {
        if (!isVisible()) {
            return;
        }
        long unread = notifications.unreadCount();
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("title", getTranslation("notifications.unread", unread));
    }
}
