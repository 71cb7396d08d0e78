package cn.huiyin.platform.application.onboarding;

import cn.huiyin.platform.application.UseCaseException;

import java.util.List;
import java.util.stream.Collectors;

/** The input breaks onboarding's rules; nothing was created. One violation per field and rule. */
public class OnboardingRejectedException extends UseCaseException {

    private final List<OnboardingRules.Violation> violations;

    public OnboardingRejectedException(List<OnboardingRules.Violation> violations) {
        super(Kind.INVALID, "validation", violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<OnboardingRules.Violation> violations() {
        return violations;
    }
}
