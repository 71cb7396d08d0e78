package cn.huiyin.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser sign-in: OIDC authorization code flow against Keycloak. Coordinates come from
 * {@code oidcSettings} (MicroProfile Config). Qualified, so the platform's MechanismRouter can
 * put it beside the bearer-token mechanism of the API.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.issuer}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // Soteria 4.0.1 replays the original request with a null parameter map, which breaks
        // Vaadin; CallbackServlet sends the browser to the start page instead.
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"),
        qualifiers = OpenIdAuthenticationMechanismDefinition.OpenIdAuthenticationMechanism.class)
public class SignInConfiguration {
}
