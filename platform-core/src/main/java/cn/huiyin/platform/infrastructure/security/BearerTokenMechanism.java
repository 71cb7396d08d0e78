package cn.huiyin.platform.infrastructure.security;

import cn.huiyin.platform.api.problem.Problem;
import cn.huiyin.platform.api.problem.RequestIds;
import cn.huiyin.platform.domain.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Authenticates REST calls by Keycloak bearer token. It answers a missing or bad token itself
 * with 401 problem+json (the container's own error page would be HTML), and never looks at the
 * UI's session: a browser session does not authenticate the API.
 */
@ApplicationScoped
@BearerToken
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the verified {@link Caller}. */
    public static final String CALLER = "huiyin.caller";

    @Inject
    TokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected()
                    ? unauthorized(request, response, "token-missing", "An Authorization: Bearer token is required.")
                    : context.doNothing();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            return unauthorized(request, response, "token-malformed", "The Authorization header must be 'Bearer <token>'.");
        }
        try {
            Caller caller = verifier.verify(header.substring(7).trim());
            request.setAttribute(CALLER, caller);
            return context.notifyContainerAboutLogin(caller.username(), caller.roles());
        } catch (TokenVerifier.InvalidTokenException e) {
            return unauthorized(request, response, "token-invalid", e.getMessage());
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     String code, String detail) {
        String body = Problem.of(code, 401, "Unauthorized", detail).toJson(RequestIds.of(request));
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"huiyin\", error=\"invalid_token\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // SEND_FAILURE keeps our body; responseUnauthorized() would replace it with an HTML error page.
        return AuthenticationStatus.SEND_FAILURE;
    }
}
