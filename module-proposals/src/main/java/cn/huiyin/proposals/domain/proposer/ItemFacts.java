package cn.huiyin.proposals.domain.proposer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other slices write about an item and the proposer's side reads (deadlines, replies, the
 * plan and its progress), read with SQL from their tables without their entities;. Current agency only.
 */
public interface ItemFacts {

    String REHANDLING_REPLY = "rehandling_reply";

    record Deadline(String kind, LocalDate dueOn, Instant metAt) {
    }

    record Reply(int round, String outcome, String body, String explanation, String status, Instant approvedAt) {
    }

    record Progress(Instant at, String note) {
    }

    record Milestone(int position, String title, LocalDate dueOn, LocalDate doneOn, List<Progress> progress) {
    }

    /** By due date. */
    List<Deadline> deadlines(long itemId);

    /** The reply of the highest round; only an approved one when {@code approvedOnly}. */
    Optional<Reply> latestReply(long itemId, boolean approvedOnly);

    /** The milestones of the plan of the latest approved reply, in order, each with its progress (oldest first). */
    List<Milestone> plan(long itemId);
}
