package cn.huiyin.platform.infrastructure.security;

import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.PersonName;
import cn.huiyin.platform.infrastructure.config.OidcSettings;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a Keycloak access token: RS256 signature against the realm's JWKS (cached and
 * refreshed on key rotation by Nimbus), issuer, audience and expiry.
 */
@ApplicationScoped
public class TokenVerifier {

    @Inject
    OidcSettings settings;

    private DefaultJWTProcessor<SecurityContext> processor;

    /** Allowed clock difference to Keycloak; small, so an expired token is refused promptly. */
    static final int MAX_CLOCK_SKEW_SECONDS = 10;

    protected TokenVerifier() {
        // for CDI
    }

    TokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience) {
        processor = processor(keys, issuer, audience);
    }

    @PostConstruct
    void init() {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(settings.getJwksUri()).toURL()).retrying(true).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("oidc.issuer is not a URL: " + settings.getIssuer(), e);
        }
        processor = processor(keys, settings.getIssuer(), settings.getAudience());
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys, String issuer,
                                                                  String audience) {
        var p = new DefaultJWTProcessor<SecurityContext>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        var claims = new DefaultJWTClaimsVerifier<SecurityContext>(
                audience, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(claims);
        return p;
    }

    /** @throws InvalidTokenException with a reason safe to show the client */
    public Caller verify(String token) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("The bearer token is not a well-formed JWT.");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("The bearer token was rejected: " + e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidTokenException("The bearer token could not be verified.");
        }
        return toCaller(claims);
    }

    static Caller toCaller(JWTClaimsSet claims) {
        Set<String> roles = new HashSet<>();
        Object realmAccess = claims.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        }
        List<String> orgs = List.of();
        try {
            List<String> o = claims.getStringListClaim("organization");
            if (o != null) {
                orgs = o;
            }
        } catch (ParseException ignored) {
            // an organization claim in another shape (e.g. with ids) is read by issue-3 code; none here
        }
        String username = (String) claims.getClaim("preferred_username");
        String id = username != null ? username : claims.getSubject();
        String name = PersonName.display((String) claims.getClaim("given_name"), (String) claims.getClaim("family_name"),
                (String) claims.getClaim("name"), id);
        return new Caller(id, name, roles, orgs);
    }

    public static final class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
