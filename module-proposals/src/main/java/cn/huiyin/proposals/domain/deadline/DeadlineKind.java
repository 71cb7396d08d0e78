package cn.huiyin.proposals.domain.deadline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an item must be done by (docs/domain.md). {@link #REPLY_MAX} is no deadline of its own:
 * it is the rule for how far district oversight may extend the reply deadline.
 */
public enum DeadlineKind {
    /** 签收 */ ACKNOWLEDGEMENT,
    /** 会办意见 (of a co-handling agency) */ CO_HANDLING_OPINION,
    /** 答复 */ REPLY,
    /** the latest a reply deadline may be extended to (复杂件延期上限) */ REPLY_MAX,
    /** 重新办理后的答复 */ REHANDLING_REPLY,
    /** 评价期 */ FEEDBACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeadlineKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
