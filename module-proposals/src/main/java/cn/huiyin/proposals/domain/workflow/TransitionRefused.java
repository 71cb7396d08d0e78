package cn.huiyin.proposals.domain.workflow;

/** A transition the workflow does not allow; the kind decides 403, 409 or 400 at the API edge. */
public class TransitionRefused extends RuntimeException {

    public enum Kind { FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;

    public TransitionRefused(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
