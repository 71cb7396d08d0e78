package cn.huiyin.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/** Every new UI speaks the session's chosen language, Chinese unless the user switched. */
public class LocaleInitializer {

    static final String SESSION_LOCALE = "huiyin.locale";

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(current(e.getUI().getSession())));
    }

    public static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
        return chosen instanceof Locale l ? l : Translations.CHINESE;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_LOCALE, locale);
    }
}
