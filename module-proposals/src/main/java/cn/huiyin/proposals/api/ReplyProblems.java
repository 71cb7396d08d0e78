package cn.huiyin.proposals.api;

import cn.huiyin.platform.api.problem.Problem;
import cn.huiyin.platform.api.problem.RequestIds;
import cn.huiyin.proposals.application.reply.ReplyRejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A reply that breaks its rules: 400 problem+json with one field error per broken rule. */
@Provider
public class ReplyProblems implements ExceptionMapper<ReplyRejected> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ReplyRejected e) {
        var errors = e.violations().stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        String title = "reply-incomplete".equals(e.code()) ? "Reply incomplete" : "Invalid input";
        return new Problem(e.code(), 400, title, e.getMessage(), errors).toResponse(RequestIds.of(request));
    }
}
