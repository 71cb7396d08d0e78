package cn.huiyin.platform.api.problem;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error leaves the API as problem+json; nothing of a stack trace or SQL reaches the client. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
            String code = e instanceof NotFoundException ? "not-found" : "http-" + status;
            return Problem.of(code, status, title, null).toResponse(RequestIds.of(request));
        }
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            var errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return new Problem("validation", 400, "Invalid input", "Some fields are invalid.", errors)
                    .toResponse(RequestIds.of(request));
        }

        private static String leaf(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    @Provider
    public static class UseCase implements ExceptionMapper<UseCaseException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(UseCaseException e) {
            int status = switch (e.kind()) {
                case INVALID -> 400;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
            };
            Response.Status known = Response.Status.fromStatusCode(status);
            return Problem.of(e.code(), status, known.getReasonPhrase(), e.getMessage()).toResponse(RequestIds.of(request));
        }
    }

    @Provider
    public static class NoTenant implements ExceptionMapper<TenantContext.NoTenantException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(TenantContext.NoTenantException e) {
            return Problem.of("no-tenant", 403, "Forbidden", "Your account acts for no agency.").toResponse(RequestIds.of(request));
        }
    }

    @Provider
    public static class OptimisticLock implements ExceptionMapper<jakarta.persistence.OptimisticLockException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(jakarta.persistence.OptimisticLockException e) {
            return Problem.of("stale-version", 409, "Conflict",
                    "Somebody else changed this in the meantime; reload and try again.").toResponse(RequestIds.of(request));
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Throwable e) {
            String id = RequestIds.of(request);
            LOG.log(Level.SEVERE, "Request " + id + " failed", e);
            return Problem.of("internal", 500, "Internal error",
                    "The server could not complete the request; quote request id " + id + ".").toResponse(id);
        }
    }
}
