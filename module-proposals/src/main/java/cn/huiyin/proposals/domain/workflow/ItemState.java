package cn.huiyin.proposals.domain.workflow;

import java.util.Arrays;
import java.util.Locale;

/**
 * States of an item (docs/domain.md, "Workflow"). The code is what is stored and sent over the
 * API; labels are translations of it, never the other way round.
 */
public enum ItemState {
    /** 交办 */ ASSIGNED,
    /** 申请改办 */ REASSIGNMENT_REQUESTED,
    /** 签收 */ ACKNOWLEDGED,
    /** 办理中 */ IN_HANDLING,
    /** 答复已起草 */ REPLY_DRAFTED,
    /** 审核中 */ UNDER_REVIEW,
    /** 退回重办 */ RETURNED_FOR_REWORK,
    /** 已答复 */ REPLIED,
    /** 已评价 */ FEEDBACK_GIVEN,
    /** 重新办理 */ RE_HANDLING,
    /** 办结 */ CLOSED,
    /** 已改办: reassigned to another agency; terminal, counted out of "assigned" */ REASSIGNED_AWAY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemState ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown item state '" + code + "'"));
    }
}
