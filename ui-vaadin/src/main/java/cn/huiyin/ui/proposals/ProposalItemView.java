package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ItemQueries;
import cn.huiyin.proposals.application.ItemTransitions;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.workflow.ItemAction;
import cn.huiyin.proposals.domain.workflow.Workflow;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One item: its text and state, the timeline of its transitions, and one button per action the
 * user may take now (a reason dialog when the workflow requires one). A refusal is a readable
 * notification and the page shows again what is stored: nothing changed.
 */
@Route(value = ProposalsModule.ID + "/:" + ProposalItemView.ID_PARAMETER, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class ProposalItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_PARAMETER = "id";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ItemQueries queries;
    private final ItemTransitions transitions;

    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Paragraph body = new Paragraph();
    private final Span state = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout timeline = new VerticalLayout();
    private long itemId;
    private ProposalItem item;
    private final ItemDeadlines deadlines; // --- deadlines ---

    @Inject
    public ProposalItemView(ItemQueries queries, ItemTransitions transitions, ItemDeadlines deadlines) {
        this.deadlines = deadlines; // --- deadlines ---
        this.queries = queries;
        this.transitions = transitions;
        setId("proposal-item");
        state.setId("item-state");
        state.getElement().getThemeList().add("badge");
        body.setId("item-body");
        actions.setId("item-actions");
        timeline.setId("item-history");
        timeline.setPadding(false);
        timeline.setSpacing(false);
        add(new RouterLink(t("proposals.item.back"), ProposalsView.class), heading, meta, body,
                new HorizontalLayout(new Span(t("proposals.item.state")), state), actions, deadlines,
                new H3(t("proposals.item.history")), timeline);
        add(new PaperRatingPanel());
        add(new AttachmentsPanel());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = event.getRouteParameters().getLong(ID_PARAMETER).orElse(-1L);
        if (!load()) {
            event.forwardTo(ProposalsView.class);
        } else {
            cn.huiyin.ui.proposals.assignment.ItemAssignmentPanel.placeOn(this, itemId, this::load);
        }
    }

    @Override
    public String getPageTitle() {
        return (item == null ? t("proposals.list.heading") : item.getNumber()) + " · " + t("app.name");
    }

    /** Reads the item, its history and the caller's actions again; false when there is no such item. */
    private boolean load() {
        try {
            item = queries.get(itemId);
        } catch (UseCaseException | TenantContext.NoTenantException e) {
            item = null;
            return false;
        }
        heading.setText(item.getNumber() + " " + item.getTitle());
        meta.setText(t("proposals.item.meta", item.getSession(), item.getProposer(),
                item.isKeyItem() ? t("proposals.list.key.yes") : ""));
        body.setText(item.getBody());
        state.setText(t("proposals.state." + item.getState()));
        actions.removeAll();
        for (ItemAction action : item.availableActions(transitions.actingRoles()).stream()
                .filter(a -> !a.code().startsWith("rate_")).toList()) { // ratings: PaperRatingPanel
            Button b = new Button(t("proposals.action." + action.code()), e -> start(action));
            b.setId("action-" + action.code());
            if (action == ItemAction.RETURN_FOR_REWORK || action == ItemAction.REQUEST_REASSIGNMENT) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(b);
        }
        deadlines.show(itemId); // --- deadlines ---
        timeline.removeAll();
        List<ItemHistoryEntry> entries = queries.history(itemId);
        if (entries.isEmpty()) {
            timeline.add(new Span(t("proposals.item.history.empty")));
        }
        for (ItemHistoryEntry h : entries) {
            Div row = new Div();
            row.addClassName("item-history-entry");
            row.setText(TIME.format(h.getAt()) + " · " + h.getActor() + " · " + t("proposals.action." + h.getAction()) + " · "
                    + t("proposals.state." + h.getFromState()) + " → " + t("proposals.state." + h.getToState())
                    + (h.getReason() == null ? "" : " · " + t("proposals.item.reason") + h.getReason()));
            timeline.add(row);
        }
        ReplyPanel.placeIn(this, item, this::load);
        return true;
    }

    private void start(ItemAction action) {
        boolean reasonRequired = Workflow.TRANSITIONS.stream().anyMatch(x -> x.action() == action && x.reasonRequired());
        long version = item.getVersion();
        if (!reasonRequired) {
            take(action, null, version);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("reason-dialog");
        dialog.setHeaderTitle(t("proposals.action." + action.code()));
        TextArea reason = new TextArea(t("proposals.item.reason.label"));
        reason.setId("reason-field");
        reason.setWidth("30em");
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        dialog.add(reason);
        Button confirm = new Button(t("proposals.item.reason.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(t("proposals.error.reason-required"));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            take(action, reason.getValue(), version);
        });
        confirm.setId("reason-confirm");
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

    private void take(ItemAction action, String reason, long version) {
        try {
            transitions.take(itemId, action, reason, version);
            load();
            notify(t("proposals.item.done", t("proposals.action." + action.code())), false);
        } catch (UseCaseException e) {
            notify(error(e.code(), e.getMessage()), true);
            load();
        } catch (RuntimeException e) {
            if (!StaleEdit.causedBy(e)) {
                throw e;
            }
            notify(error("stale-version", e.getMessage()), true);
            load();
        }
    }

    private void notify(String message, boolean error) {
        Span text = new Span(message);
        text.setId(error ? "item-error" : "item-done");
        Notification n = new Notification(text);
        n.setDuration(error ? 8000 : 4000);
        if (error) {
            n.setPosition(Notification.Position.MIDDLE);
        }
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        n.open();
    }

    /** The translation of an error code, or the use case's own (English) text when there is none. */
    private String error(String code, String fallback) {
        String text = getTranslation("proposals.error." + code);
        return text.startsWith("!") ? fallback : text;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
