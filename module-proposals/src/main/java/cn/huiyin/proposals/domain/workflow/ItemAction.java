package cn.huiyin.proposals.domain.workflow;

import java.util.Locale;

/** What people do to an item; each is one transition of {@link Workflow}. */
public enum ItemAction {
    ACKNOWLEDGE, REQUEST_REASSIGNMENT, APPROVE_REASSIGNMENT, REJECT_REASSIGNMENT, START_HANDLING,
    DRAFT_REPLY, SUBMIT_FOR_REVIEW, APPROVE_REPLY, RETURN_FOR_REWORK,
    RATE_SATISFIED, RATE_BASICALLY_SATISFIED, RATE_UNSATISFIED, CLOSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
