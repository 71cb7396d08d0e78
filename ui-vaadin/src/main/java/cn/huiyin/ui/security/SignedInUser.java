package cn.huiyin.ui.security;

import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.Roles;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The browser session's caller, read from the verified OIDC tokens Keycloak issued at sign-in. */
public class SignedInUser {

    @Inject
    OpenIdContext oidc;

    @Inject
    SecurityContext security;

    /** Dependent, not request-scoped: a record cannot be proxied, and it is cheap to build. */
    @Produces
    Caller caller() {
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
        String name = string(claims, "name");
        return new Caller(username, name != null ? name : username, roles, orgs);
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
