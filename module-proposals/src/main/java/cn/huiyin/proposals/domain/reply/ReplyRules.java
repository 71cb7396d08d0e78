package cn.huiyin.proposals.domain.reply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a reply must hold (docs/domain.md, "Replied"): outcome A, B or C; C explains why it cannot
 * be solved now; B carries an implementation plan with at least one dated milestone. A draft may
 * still lack its outcome and text, but what it says must already be consistent; a reply goes to
 * review only when complete.
 */
public final class ReplyRules {

    public static final Set<String> OUTCOMES = Set.of("A", "B", "C");
    public static final int BODY_MAX = 20_000;
    public static final int EXPLANATION_MAX = 5_000;
    public static final int TITLE_MAX = 300;
    public static final int MILESTONES_MAX = 50;

    /** One broken rule: the field (as the API names it) and what is wrong. */
    public record Violation(String field, String message) {
    }

    /** A milestone as drafted (its id when it exists already). */
    public record MilestoneDraft(Long id, String title, LocalDate dueOn) {
    }

    /** The content of a reply, as saved or submitted. */
    public record Content(String outcome, String body, String explanation, List<MilestoneDraft> milestones) {
        public Content {
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    private ReplyRules() {
    }

    /** Rules a draft must keep to be saved at all. */
    public static List<Violation> forDraft(Content c) {
        List<Violation> v = new ArrayList<>();
        if (c.outcome() != null && !OUTCOMES.contains(c.outcome())) {
            v.add(new Violation("outcome", "must be A, B or C"));
        }
        if (c.body() != null && c.body().length() > BODY_MAX) {
            v.add(new Violation("body", "at most " + BODY_MAX + " characters"));
        }
        if (c.explanation() != null && c.explanation().length() > EXPLANATION_MAX) {
            v.add(new Violation("explanation", "at most " + EXPLANATION_MAX + " characters"));
        }
        if ("C".equals(c.outcome()) && blank(c.explanation())) {
            v.add(new Violation("explanation", "outcome C must explain why the matter cannot be solved now"));
        }
        if ("B".equals(c.outcome()) && c.milestones().isEmpty()) {
            v.add(new Violation("milestones", "outcome B needs an implementation plan with at least one dated milestone"));
        }
        if (!"B".equals(c.outcome()) && c.outcome() != null && !c.milestones().isEmpty()) {
            v.add(new Violation("milestones", "only outcome B has an implementation plan"));
        }
        if (c.milestones().size() > MILESTONES_MAX) {
            v.add(new Violation("milestones", "at most " + MILESTONES_MAX + " milestones"));
        }
        for (int i = 0; i < c.milestones().size(); i++) {
            MilestoneDraft m = c.milestones().get(i);
            if (blank(m.title())) {
                v.add(new Violation("milestones[" + i + "].title", "must not be blank"));
            } else if (m.title().strip().length() > TITLE_MAX) {
                v.add(new Violation("milestones[" + i + "].title", "at most " + TITLE_MAX + " characters"));
            }
            if (m.dueOn() == null) {
                v.add(new Violation("milestones[" + i + "].dueOn", "must be a date"));
            }
        }
        return v;
    }

    /** Rules a reply must keep to go to review: the draft's, plus an outcome and a text. */
    public static List<Violation> forSubmission(Content c) {
        List<Violation> v = new ArrayList<>();
        if (c.outcome() == null) {
            v.add(new Violation("outcome", "choose A, B or C before submitting"));
        }
        if (blank(c.body())) {
            v.add(new Violation("body", "the reply text must not be blank"));
        }
        v.addAll(forDraft(c));
        return v;
    }

    /** A plan is complete when it has milestones and every one of them is done (落实). */
    public static boolean planComplete(List<PlanMilestone> milestones) {
        return !milestones.isEmpty() && milestones.stream().allMatch(PlanMilestone::isDone);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
