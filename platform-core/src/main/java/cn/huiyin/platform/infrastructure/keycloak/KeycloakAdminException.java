package cn.huiyin.platform.infrastructure.keycloak;

/**
 * Keycloak's admin API refused a call or could not be reached. Carries Keycloak's HTTP status
 * (0 when no answer came) and its error text; never the admin token or a request body (a user's
 * body holds the initial password).
 */
public class KeycloakAdminException extends RuntimeException {

    private final String operation;
    private final int status;
    private final String error;

    public KeycloakAdminException(String operation, int status, String error) {
        super(operation + " failed: " + (status == 0 ? "" : "HTTP " + status + " ") + error);
        this.operation = operation;
        this.status = status;
        this.error = error;
    }

    /** What was attempted, e.g. {@code create organization 'zhangdian-civil'}. */
    public String operation() {
        return operation;
    }

    /** Keycloak's HTTP status; 0 when Keycloak did not answer (connection refused, timeout). */
    public int status() {
        return status;
    }

    /** Keycloak's error text ({@code errorMessage}, {@code error_description} or {@code error}). */
    public String error() {
        return error;
    }

    public boolean isConflict() {
        return status == 409;
    }
}
