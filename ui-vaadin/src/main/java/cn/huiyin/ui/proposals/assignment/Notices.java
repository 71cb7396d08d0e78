package cn.huiyin.ui.proposals.assignment;

import cn.huiyin.platform.application.UseCaseException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Success and refusal notifications of the assignment screens, with translated error codes. */
final class Notices {

    private Notices() {
    }

    static void done(Component on, String message) {
        open(message, false);
    }

    /** A refusal: the translation of its code when there is one, otherwise the use case's own text. Rethrows the unexpected. */
    static void refused(Component on, RuntimeException e) {
        String code;
        if (e instanceof UseCaseException u) {
            code = u.code();
        } else if (cn.huiyin.ui.proposals.StaleEdit.causedBy(e)) {
            code = "stale-version";
        } else {
            throw e;
        }
        String text = on.getTranslation("proposals.error." + code);
        open(text.startsWith("!") ? e.getMessage() : text, true);
    }

    private static void open(String message, boolean error) {
        Span text = new Span(message);
        text.setId(error ? "assignment-error" : "assignment-done");
        Notification n = new Notification(text);
        n.setDuration(error ? 8000 : 4000);
        if (error) {
            n.setPosition(Notification.Position.MIDDLE);
        }
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        n.open();
    }
}
