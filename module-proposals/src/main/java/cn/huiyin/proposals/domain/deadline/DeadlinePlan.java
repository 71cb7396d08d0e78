package cn.huiyin.proposals.domain.deadline;

import java.util.List;
import java.util.Set;

/**
 * What a workflow action does to an item's deadlines: which open ones it meets and which new
 * ones it starts (counted from the day of the action). Codes, as {@code ItemTransitioned} carries them.
 */
public final class DeadlinePlan {

    /** @param meets kinds met by the action; {@code null} meets every open deadline */
    public record Effect(Set<DeadlineKind> meets, List<DeadlineKind> starts) {
        public boolean meetsAll() {
            return meets == null;
        }
    }

    private static final Effect NONE = new Effect(Set.of(), List.of());

    private DeadlinePlan() {
    }

    /** The deadlines an item gets when it is registered (assigned) to its lead agency. */
    public static List<DeadlineKind> onRegistration() {
        return List.of(DeadlineKind.ACKNOWLEDGEMENT, DeadlineKind.REPLY);
    }

    public static Effect onAction(String action) {
        return switch (action) {
            case "acknowledge" -> new Effect(Set.of(DeadlineKind.ACKNOWLEDGEMENT), List.of());
            // the second reply meets the re-handling deadline; the feedback window opens anew
            case "approve_reply" -> new Effect(Set.of(DeadlineKind.REPLY, DeadlineKind.REHANDLING_REPLY), List.of(DeadlineKind.FEEDBACK));
            case "rate_satisfied", "rate_basically_satisfied" -> new Effect(Set.of(DeadlineKind.FEEDBACK), List.of());
            case "rate_unsatisfied" -> new Effect(Set.of(DeadlineKind.FEEDBACK), List.of(DeadlineKind.REHANDLING_REPLY));
            // the item leaves the agency (reassigned) or its handling is over: nothing is owed any more
            case "approve_reassignment", "close" -> new Effect(null, List.of());
            default -> NONE;
        };
    }
}
