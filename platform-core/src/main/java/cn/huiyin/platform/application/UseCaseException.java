package cn.huiyin.platform.application;

/**
 * A use case refused: the API turns it into problem+json (the kind picks the status), the UI
 * into a readable message. {@code code} is stable; {@code message} is for people.
 */
public class UseCaseException extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String code;

    public UseCaseException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static UseCaseException notFound(String what) {
        return new UseCaseException(Kind.NOT_FOUND, "not-found", what + " was not found.");
    }

    public static UseCaseException conflict(String code, String message) {
        return new UseCaseException(Kind.CONFLICT, code, message);
    }

    public static UseCaseException invalid(String code, String message) {
        return new UseCaseException(Kind.INVALID, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
