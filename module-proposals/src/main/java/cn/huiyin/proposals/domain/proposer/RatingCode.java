package cn.huiyin.proposals.domain.proposer;

import cn.huiyin.proposals.domain.workflow.ItemAction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** 满意 / 基本满意 / 不满意, each with the workflow action it takes. */
public enum RatingCode {
    SATISFIED(ItemAction.RATE_SATISFIED),
    BASICALLY_SATISFIED(ItemAction.RATE_BASICALLY_SATISFIED),
    UNSATISFIED(ItemAction.RATE_UNSATISFIED);

    private final ItemAction action;

    RatingCode(ItemAction action) {
        this.action = action;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ItemAction action() {
        return action;
    }

    public static Optional<RatingCode> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
