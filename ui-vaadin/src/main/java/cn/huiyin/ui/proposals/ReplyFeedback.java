package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Notifications of the reply screens: success, or a refusal in the user's language. */
final class ReplyFeedback {

    private ReplyFeedback() {
    }

    static void done(String message) {
        show(message, false);
    }

    /** A refusal or a lost race as a readable message; anything else is rethrown. */
    static void failed(Component on, RuntimeException e) {
        if (e instanceof UseCaseException u) {
            show(text(on, u.code(), u.getMessage()), true);
        } else if (StaleEdit.causedBy(e)) {
            show(text(on, "stale-version", e.getMessage()), true);
        } else {
            throw e;
        }
    }

    /** The translation of an error code ({@code reply.error.*}, then {@code proposals.error.*}), else the use case's text. */
    private static String text(Component on, String code, String fallback) {
        for (String key : new String[] {"reply.error." + code, "proposals.error." + code}) {
            String text = on.getTranslation(key);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return fallback;
    }

    private static void show(String message, boolean error) {
        Span text = new Span(message);
        text.setId(error ? "reply-error" : "reply-done");
        Notification n = new Notification(text);
        n.setDuration(error ? 8000 : 4000);
        if (error) {
            n.setPosition(Notification.Position.MIDDLE);
        }
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        n.open();
    }
}
