package cn.huiyin.platform.application;

import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.infrastructure.security.BearerTokenMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The caller of this request: from the bearer token (API) or the OIDC session (UI). */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<BrowserCaller> browser;

    public Optional<Caller> get() {
        if (request.getAttribute(BearerTokenMechanism.CALLER) instanceof Caller c) {
            return Optional.of(c);
        }
        return browser.isResolvable() ? browser.get().caller() : Optional.empty();
    }

    public Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in caller"));
    }
}
