package cn.huiyin.proposals.application.reply;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.reply.ReplyRules;

import java.util.List;
import java.util.stream.Collectors;

/** A reply breaks its rules (400 with one field error per rule); nothing was changed. */
public class ReplyRejected extends UseCaseException {

    private final List<ReplyRules.Violation> violations;

    public ReplyRejected(String code, List<ReplyRules.Violation> violations) {
        super(Kind.INVALID, code, violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static ReplyRejected one(String code, String field, String message) {
        return new ReplyRejected(code, List.of(new ReplyRules.Violation(field, message)));
    }

    public List<ReplyRules.Violation> violations() {
        return violations;
    }
}
