package cn.huiyin.platform.api.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable, language-independent URN built from
 * {@code code}; clients branch on it, people read {@code title} and {@code detail}.
 */
public record Problem(String code, int status, String title, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:huiyin:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(String code, int status, String title, String detail) {
        return new Problem(code, status, title, detail, List.of());
    }

    public String type() {
        return TYPE_PREFIX + code;
    }

    public String toJson(String requestId) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", type())
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (requestId != null) {
            b.add("requestId", requestId);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            errors.forEach(e -> a.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            b.add("errors", a);
        }
        return b.build().toString();
    }

    public Response toResponse(String requestId) {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson(requestId)).build();
    }

    /** One invalid input field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
