package cn.huiyin.proposals.application;

import cn.huiyin.proposals.domain.ProposalItem;

import java.util.Optional;

/**
 * A condition the lead agency's reply must meet before it is sent ({@code approve_reply}): every
 * co-handler signed off, a consultation held for a key item, … Every CDI bean implementing this
 * is asked by {@link ItemTransitions} inside the transaction, bound to the lead agency; one veto
 * refuses the action with 409 and the veto's code, and nothing changes.
 */
public interface ReplyApprovalCheck {

    /** Why the reply may not be sent yet; a stable {@code code} (for labels) and a message for people. */
    record Veto(String code, String message) {
    }

    Optional<Veto> veto(String tenant, ProposalItem item);
}
