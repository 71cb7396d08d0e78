package cn.huiyin.platform.api.problem;

import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;

/** One id per request, echoed in problems and logs so a user's report can be found in the log. */
public final class RequestIds {

    public static final String ATTRIBUTE = "huiyin.requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }
}
