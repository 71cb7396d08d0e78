package cn.huiyin.platform.infrastructure.security;

import cn.huiyin.platform.domain.identity.Caller;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token rules with keys made here; the real Keycloak is exercised by the WAR's integration tests. */
class TokenVerifierTest {

    static final String ISSUER = "http://localhost:1234/realms/huiyin";
    static RSAKey realmKey;
    static RSAKey strangerKey;
    static TokenVerifier verifier;

    @BeforeAll
    static void keys() throws JOSEException {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        strangerKey = new RSAKeyGenerator(2048).keyID("realm").generate(); // same kid, other key
        verifier = new TokenVerifier(new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())), ISSUER, "huiyin-api");
    }

    static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER).subject("u-1").audience(List.of("huiyin-api", "account"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "psb-handler").claim("name", "志强 吴")
                .claim("given_name", "志强").claim("family_name", "吴")
                .claim("realm_access", Map.of("roles", List.of("handler", "default-roles-huiyin")))
                .claim("organization", List.of("zhangdian-psb"));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aValidTokenYieldsTheCallerWithRolesAndOrganization() throws Exception {
        Caller caller = verifier.verify(token(realmKey, c -> c));

        assertThat(caller.username()).isEqualTo("psb-handler");
        assertThat(caller.displayName()).isEqualTo("吴志强");
        assertThat(caller.roles()).contains("handler");
        assertThat(caller.organizations()).containsExactly("zhangdian-psb");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        assertThatThrownBy(() -> verifier.verify(token(realmKey,
                c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60))))))
                .isInstanceOf(TokenVerifier.InvalidTokenException.class)
                .hasMessageContaining("Expired");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(realmKey, c -> c.issuer("http://localhost:1234/realms/master"))))
                .isInstanceOf(TokenVerifier.InvalidTokenException.class);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(realmKey, c -> c.audience("account"))))
                .isInstanceOf(TokenVerifier.InvalidTokenException.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertThatThrownBy(() -> verifier.verify(token(strangerKey, c -> c)))
                .isInstanceOf(TokenVerifier.InvalidTokenException.class);
    }

    @Test
    void garbageIsRefusedAsMalformed() {
        assertThatThrownBy(() -> verifier.verify("not.a.jwt"))
                .isInstanceOf(TokenVerifier.InvalidTokenException.class)
                .hasMessageContaining("well-formed");
    }
}
