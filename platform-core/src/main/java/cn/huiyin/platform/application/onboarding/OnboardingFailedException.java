package cn.huiyin.platform.application.onboarding;

/**
 * Onboarding could not finish for a reason that is not the input's: Keycloak refused or did not
 * answer (502), or the platform's database failed (500). What had been created in Keycloak was
 * removed again unless the code is {@code onboarding-incomplete}: then the message names what
 * is left and the log has the ids.
 */
public class OnboardingFailedException extends RuntimeException {

    /** Keycloak refused or was unreachable. */
    public static final String KEYCLOAK_FAILED = "keycloak-failed";
    /** Recording in the platform's database failed. */
    public static final String DATABASE_FAILED = "onboarding-failed";
    /** A step failed and removing the Keycloak objects already created failed too. */
    public static final String INCOMPLETE = "onboarding-incomplete";

    private final int status;
    private final String code;

    public OnboardingFailedException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    /** HTTP status for the API: 502 (Keycloak) or 500 (database). */
    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
