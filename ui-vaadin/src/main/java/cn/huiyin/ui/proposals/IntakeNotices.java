package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Notifications of the intake views: success briefly, errors in the middle and longer. */
final class IntakeNotices {

    private IntakeNotices() {
    }

    static void done(String message) {
        show(message, "intake-done", false);
    }

    static void error(Component view, UseCaseException e) {
        String text = view.getTranslation("proposals.intake.error." + e.code());
        show(text.startsWith("!") ? e.getMessage() : text, "intake-error", true);
    }

    static void show(String message, String id, boolean error) {
        Span text = new Span(message);
        text.setId(id);
        Notification n = new Notification(text);
        n.setDuration(error ? 8000 : 5000);
        n.setPosition(error ? Notification.Position.MIDDLE : Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        n.open();
    }
}
