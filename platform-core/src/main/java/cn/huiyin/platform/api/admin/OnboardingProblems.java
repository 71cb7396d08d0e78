package cn.huiyin.platform.api.admin;

import cn.huiyin.platform.api.problem.Problem;
import cn.huiyin.platform.api.problem.RequestIds;
import cn.huiyin.platform.application.onboarding.OnboardingFailedException;
import cn.huiyin.platform.application.onboarding.OnboardingRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;

/**
 * Onboarding's own failures as problem+json: broken rules as 400 {@code validation} with field
 * errors (like Bean Validation's), Keycloak failures as 502 and database failures as 500.
 */
public final class OnboardingProblems {

    private OnboardingProblems() {
    }

    @Provider
    public static class Rejected implements ExceptionMapper<OnboardingRejectedException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(OnboardingRejectedException e) {
            var errors = e.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            return new Problem("validation", 400, "Invalid input", "Some fields are invalid.", errors)
                    .toResponse(RequestIds.of(request));
        }
    }

    @Provider
    public static class Failed implements ExceptionMapper<OnboardingFailedException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(OnboardingFailedException e) {
            String title = e.status() == 502 ? "Bad Gateway" : "Internal error";
            return Problem.of(e.code(), e.status(), title, e.getMessage()).toResponse(RequestIds.of(request));
        }
    }
}
