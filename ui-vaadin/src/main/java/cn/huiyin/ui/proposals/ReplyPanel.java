package cn.huiyin.ui.proposals;

import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.proposals.application.ItemTransitions;
import cn.huiyin.proposals.application.reply.PlanProgress;
import cn.huiyin.proposals.application.reply.ReplyDetails;
import cn.huiyin.proposals.application.reply.ReplyDrafts;
import cn.huiyin.proposals.application.reply.ReplyRejected;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.reply.MilestoneProgress;
import cn.huiyin.proposals.domain.reply.PlanMilestone;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.workflow.ItemAction;
import cn.huiyin.proposals.domain.workflow.ItemState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.enterprise.inject.spi.CDI;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The reply on the item page: the editor while the item is being handled (handler, leader), the
 * review (approve, or return with a reason) while it is under review (leader), and for an
 * approved B reply the plan's milestones with their progress (record a note, mark done).
 * Earlier rounds are shown read-only. After any change the whole item page is read again.
 */
public class ReplyPanel extends VerticalLayout {

    private static final Set<ItemState> EDITABLE = EnumSet.of(ItemState.IN_HANDLING, ItemState.RETURNED_FOR_REWORK,
            ItemState.RE_HANDLING, ItemState.REPLY_DRAFTED);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ReplyDrafts drafts;
    private final PlanProgress plans;
    private final ItemTransitions transitions;
    private Runnable reload = () -> { };
    private ProposalItem item;
    private ReplyDetails details;
    private ReplyForm form;

    ReplyPanel(ReplyDrafts drafts, PlanProgress plans, ItemTransitions transitions) {
        this.drafts = drafts;
        this.plans = plans;
        this.transitions = transitions;
        setId("reply-panel");
        setPadding(false);
    }

    /**
     * Places the panel on an item page (once, below the action buttons) and shows {@code item}'s
     * reply; {@code reload} reads the whole page again after a change.
     */
    public static void placeIn(VerticalLayout page, ProposalItem item, Runnable reload) {
        ReplyPanel panel = page.getChildren().filter(ReplyPanel.class::isInstance).map(ReplyPanel.class::cast).findFirst().orElseGet(() -> {
            ReplyPanel p = new ReplyPanel(CDI.current().select(ReplyDrafts.class).get(), CDI.current().select(PlanProgress.class).get(),
                    CDI.current().select(ItemTransitions.class).get());
            Component after = page.getChildren().filter(c -> c.getId().filter("item-actions"::equals).isPresent()).findFirst().orElse(null);
            page.addComponentAtIndex(after == null ? page.getComponentCount() : page.indexOf(after) + 1, p);
            return p;
        });
        panel.reload = reload;
        panel.show(item);
    }

    void show(ProposalItem shown) {
        this.item = shown;
        removeAll();
        details = drafts.get(shown.getId());
        Set<String> roles = transitions.actingRoles();
        add(new H3(t("reply.heading")));
        for (Reply earlier : details.earlierRounds()) {
            add(readOnly(earlier, List.of()));
        }
        Reply reply = details.reply();
        boolean drafter = roles.contains(Roles.HANDLER) || roles.contains(Roles.LEADER);
        boolean editable = drafter && EDITABLE.contains(shown.currentState()) && (reply == null || reply.isDraft() || reply.isApproved());
        if (editable) {
            if (reply != null && reply.isApproved()) {
                add(readOnly(reply, details.milestones()));
            }
            editor(reply != null && reply.isDraft() ? reply : null);
        } else if (reply == null) {
            add(new Span(t("reply.none")));
        } else {
            add(readOnly(reply, details.milestones()));
            if (shown.currentState() == ItemState.UNDER_REVIEW && roles.contains(Roles.LEADER)) {
                review();
            }
        }
    }

    // ---- the editor ------------------------------------------------------------------------------

    private void editor(Reply draft) {
        form = new ReplyForm("reply");
        form.show(draft, draft == null ? List.of() : details.milestones().stream().map(ReplyDetails.Milestone::milestone).toList());
        Long version = draft == null ? null : draft.getVersion();
        Button save = new Button(t("reply.save"), e -> save(version, false));
        save.setId("reply-save");
        Button submit = new Button(t("reply.submit"), e -> save(version, true));
        submit.setId("reply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (draft != null) {
            add(new Span(t("reply.round", draft.getRound()) + " · " + t("reply.status." + draft.getStatus())));
        }
        add(form, new HorizontalLayout(save, submit));
    }

    private void save(Long version, boolean thenSubmit) {
        try {
            ReplyDetails saved = drafts.save(item.getId(), version, form.content());
            if (thenSubmit) {
                transitions.take(item.getId(), ItemAction.SUBMIT_FOR_REVIEW, null, saved.itemVersion());
                ReplyFeedback.done(t("reply.submitted"));
            } else {
                ReplyFeedback.done(t("reply.saved"));
            }
            reload.run();
        } catch (ReplyRejected rejected) {
            if (thenSubmit && "reply-incomplete".equals(rejected.code())) {
                reload.run(); // the draft was saved: show it (a new form) with what is missing
            }
            form.showErrors(rejected.violations());
            ReplyFeedback.failed(this, rejected);
        } catch (RuntimeException e) {
            ReplyFeedback.failed(this, e);
            reload.run();
        }
    }

    // ---- the review ------------------------------------------------------------------------------

    private void review() {
        long version = item.getVersion();
        Button approve = new Button(t("reply.approve"), e -> act(() -> transitions.take(item.getId(), ItemAction.APPROVE_REPLY, null, version),
                t("reply.approved")));
        approve.setId("reply-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button ret = new Button(t("reply.return"), e -> ask(t("reply.return"), "reply-return-reason", true,
                reason -> act(() -> transitions.take(item.getId(), ItemAction.RETURN_FOR_REWORK, reason, version), t("reply.returned"))));
        ret.setId("reply-return");
        ret.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new HorizontalLayout(approve, ret));
    }

    // ---- read-only reply and its plan -------------------------------------------------------------

    private Component readOnly(Reply reply, List<ReplyDetails.Milestone> milestones) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.addClassName("reply-round");
        box.setId("reply-round-" + reply.getRound());
        Span head = new Span(t("reply.round", reply.getRound()) + " · " + t("reply.status." + reply.getStatus())
                + (reply.getOutcome() == null ? "" : " · " + t("reply.outcome." + reply.getOutcome()))
                + (reply.getApprovedBy() == null ? "" : " · " + t("reply.approved-by", reply.getApprovedBy(), TIME.format(reply.getApprovedAt()))));
        head.setId("reply-status-" + reply.getRound());
        box.add(head, new Paragraph(reply.getBody()));
        if (reply.getExplanation() != null) {
            box.add(new Paragraph(t("reply.explanation") + "：" + reply.getExplanation()));
        }
        if (!milestones.isEmpty()) {
            box.add(plan(reply, milestones));
        }
        return box;
    }

    private Component plan(Reply reply, List<ReplyDetails.Milestone> milestones) {
        VerticalLayout plan = new VerticalLayout();
        plan.setPadding(false);
        plan.setId("reply-plan");
        Span state = new Span(details.planComplete() ? t("reply.plan.complete") : t("reply.plan.open"));
        state.setId("reply-plan-state");
        state.getElement().getThemeList().add(details.planComplete() ? "badge success" : "badge");
        plan.add(new Span(t("reply.plan")), state);
        boolean canProgress = reply.isApproved() && !transitions.actingRoles().isEmpty();
        for (ReplyDetails.Milestone m : milestones) {
            PlanMilestone p = m.milestone();
            Div row = new Div();
            row.addClassName("reply-milestone");
            row.setId("milestone-" + p.getPosition());
            row.add(new Span(p.getPosition() + ". " + p.getTitle() + " · " + t("reply.milestone.due-on", p.getDueOn())
                    + (p.isDone() ? " · " + t("reply.milestone.done-on", p.getDoneOn()) : "")));
            for (MilestoneProgress note : m.progress()) {
                Div n = new Div();
                n.addClassName("reply-progress");
                n.setText(TIME.format(note.getAt()) + " · " + note.getActor() + " · " + note.getNote());
                row.add(n);
            }
            if (canProgress && !p.isDone()) {
                Button progress = new Button(t("reply.milestone.progress"), e -> ask(t("reply.milestone.progress"), "milestone-note", true,
                        note -> act(() -> plans.record(item.getId(), p.getId(), p.getVersion(), note), t("reply.milestone.progress.saved"))));
                progress.setId("milestone-progress-" + p.getPosition());
                progress.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button done = new Button(t("reply.milestone.mark-done"), e -> ask(t("reply.milestone.mark-done"), "milestone-note", false,
                        note -> act(() -> plans.done(item.getId(), p.getId(), p.getVersion(), note), t("reply.milestone.marked-done"))));
                done.setId("milestone-done-" + p.getPosition());
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                row.add(new HorizontalLayout(progress, done));
            }
            plan.add(row);
        }
        return plan;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void act(Runnable change, String done) {
        try {
            change.run();
            ReplyFeedback.done(done);
        } catch (RuntimeException e) {
            ReplyFeedback.failed(this, e);
        }
        reload.run();
    }

    /** A dialog asking for a text (a reason, a note); {@code required} refuses a blank one. */
    private void ask(String title, String fieldId, boolean required, Consumer<String> then) {
        Dialog dialog = new Dialog();
        dialog.setId("reply-dialog");
        dialog.setHeaderTitle(title);
        TextArea text = new TextArea(required ? t("reply.dialog.required") : t("reply.dialog.optional"));
        text.setId(fieldId);
        text.setWidth("30em");
        text.setMaxLength(2000);
        text.setRequiredIndicatorVisible(required);
        dialog.add(text);
        Button confirm = new Button(t("proposals.item.reason.confirm"), e -> {
            if (required && text.getValue().isBlank()) {
                text.setErrorMessage(t("proposals.error.reason-required"));
                text.setInvalid(true);
                return;
            }
            dialog.close();
            then.accept(text.getValue());
        });
        confirm.setId("reply-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t("proposals.item.reason.cancel"), e -> dialog.close()), confirm);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                e.getSource().removeFromParent();
            }
        });
        add(dialog);
        dialog.open();
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
