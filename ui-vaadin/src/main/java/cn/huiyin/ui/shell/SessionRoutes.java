package cn.huiyin.ui.shell;

import cn.huiyin.platform.application.CallerProfile;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Registers, once per session, the views of the modules switched on for the user's agency. A
 * switched-off module's views are then neither listed nor reachable (Vaadin answers "not
 * found"); signing in again picks up a change.
 */
public class SessionRoutes {

    private static final String DONE = SessionRoutes.class.getName() + ".registered";

    @Inject
    CallerProfile profiles;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> register(e.getUI().getSession()));
    }

    void register(VaadinSession session) {
        if (session.getAttribute(DONE) != null) {
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        for (ModuleDescriptor module : profiles.current().modules()) {
            ModuleViews.of(module.id()).forEach(routes::setAnnotatedRoute);
        }
        session.setAttribute(DONE, Boolean.TRUE);
    }
}
