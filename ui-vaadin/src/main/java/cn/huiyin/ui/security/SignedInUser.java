package cn.huiyin.ui.security;

import cn.huiyin.platform.application.BrowserCaller;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.PersonName;
import cn.huiyin.platform.domain.identity.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The browser session's caller, read from the verified OIDC tokens Keycloak issued at sign-in. */
@RequestScoped
public class SignedInUser implements BrowserCaller {

    @Inject
    OpenIdContext oidc;

    @Inject
    SecurityContext security;

    @Override
    public Optional<Caller> caller() {
        if (security.getCallerPrincipal() == null || oidc.getAccessToken() == null) {
            return Optional.empty();
        }
        JsonObject claims = oidc.getClaimsJson();
        Object org = oidc.getAccessToken().getClaim("organization");
        // Soteria hands JSON arrays over as JsonArray (a List of JsonValue) or as plain lists
        List<String> orgs = org instanceof List<?> l
                ? l.stream().map(v -> v instanceof JsonString s ? s.getString() : String.valueOf(v)).toList()
                : List.of();
        Set<String> roles = new HashSet<>();
        for (String role : Roles.ALL) {
            if (security.isCallerInRole(role)) {
                roles.add(role);
            }
        }
        String username = security.getCallerPrincipal().getName();
        String name = PersonName.display(string(claims, "given_name"), string(claims, "family_name"),
                string(claims, "name"), username);
        return Optional.of(new Caller(username, name, roles, orgs));
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
