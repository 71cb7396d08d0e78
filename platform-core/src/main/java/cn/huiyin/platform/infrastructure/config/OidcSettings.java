package cn.huiyin.platform.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak coordinates from MicroProfile Config (env {@code OIDC_ISSUER}, {@code OIDC_CLIENT_ID},
 * {@code OIDC_CLIENT_SECRET}, {@code OIDC_AUDIENCE}). Named so the UI's OIDC mechanism
 * definition can read it through EL; the secret never lives in the repository.
 */
@ApplicationScoped
@Named("oidcSettings")
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "oidc.client-id", defaultValue = "huiyin-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "oidc.audience", defaultValue = "huiyin-api")
    String audience;

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getAudience() {
        return audience;
    }

    public String getJwksUri() {
        return issuer + "/protocol/openid-connect/certs";
    }
}
