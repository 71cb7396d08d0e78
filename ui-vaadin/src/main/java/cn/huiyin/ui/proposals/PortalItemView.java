package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ProposerPortal;
import cn.huiyin.proposals.domain.attachment.Attachment;
import cn.huiyin.proposals.domain.attachment.AttachmentSummary;
import cn.huiyin.proposals.domain.proposer.ItemFacts;
import cn.huiyin.proposals.domain.proposer.RatingCode;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One of the proposer's items: state, deadlines, the approved reply, the plan and its progress,
 * reply letters to download, what happened (read-only), the ratings given, and — while the item
 * is replied and this round not yet rated — the rating form.
 */
@Route(value = PortalView.ROUTE + "/:" + PortalItemView.ID_PARAMETER, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class PortalItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_PARAMETER = "id";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ProposerPortal portal;
    private final CallerPermissions permissions;
    private final VerticalLayout content = new VerticalLayout();
    private long itemId;
    private ProposerPortal.PortalDetail detail;

    @Inject
    public PortalItemView(ProposerPortal portal, CallerPermissions permissions) {
        this.portal = portal;
        this.permissions = permissions;
        setId("portal-item");
        content.setPadding(false);
        add(new RouterLink(t("portal.back"), PortalView.class), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = event.getRouteParameters().getLong(ID_PARAMETER).orElse(-1L);
        if (!permissions.has(ProposalsModule.PORTAL) || !load()) {
            event.forwardTo(PortalView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? t("portal.heading") : detail.item().number()) + " · " + t("app.name");
    }

    private boolean load() {
        try {
            detail = portal.myItem(itemId);
        } catch (UseCaseException e) {
            detail = null;
            return false;
        }
        show();
        return true;
    }

    private void show() {
        content.removeAll();
        ProposerPortal.PortalItem item = detail.item();
        boolean english = "en".equals(UI.getCurrent().getLocale().getLanguage());
        Span state = new Span(t("proposals.state." + item.state()));
        state.setId("portal-item-state");
        state.getElement().getThemeList().add("badge");
        content.add(new H2(item.number() + " " + item.title()),
                new Paragraph(item.session() + " · " + (english ? item.agencyNameEn() : item.agencyNameZh())),
                new HorizontalLayout(new Span(t("proposals.item.state")), state),
                new Paragraph(detail.body()));

        content.add(new H3(t("portal.deadlines")));
        Div deadlines = list("portal-deadlines");
        detail.deadlines().forEach(d -> deadlines.add(line(t("portal.deadline." + d.kind()) + " · " + d.dueOn()
                + (d.metAt() == null ? "" : " · " + t("portal.deadline.met", TIME.format(d.metAt()))))));
        empty(deadlines, "portal.deadlines.none");
        content.add(deadlines);

        content.add(new H3(t("portal.reply")));
        Div reply = list("portal-reply");
        ItemFacts.Reply r = detail.reply();
        if (r != null) {
            reply.add(line(t("portal.reply.round", r.round()) + (r.outcome() == null ? "" : " · " + t("portal.outcome." + r.outcome()))
                    + (r.approvedAt() == null ? "" : " · " + TIME.format(r.approvedAt()))));
            reply.add(new Paragraph(r.body()));
            if (r.explanation() != null && !r.explanation().isBlank()) {
                reply.add(new Paragraph(t("portal.reply.explanation") + r.explanation()));
            }
        }
        for (AttachmentSummary letter : detail.letters()) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
                Attachment a = portal.letter(itemId, letter.id());
                return new DownloadResponse(new ByteArrayInputStream(a.getContent()), a.getFilename(), a.getMediaType(), a.getSizeBytes());
            }), t("portal.letter.download", letter.filename()));
            download.setId("portal-letter-" + letter.id());
            download.getElement().setAttribute("download", true);
            reply.add(new Div(download));
        }
        empty(reply, "portal.reply.none");
        content.add(reply);

        // what the proposer came for: the reply, then their rating of it
        content.add(new H3(t("portal.ratings")));
        Div ratings = list("portal-ratings");
        detail.ratings().forEach(g -> ratings.add(line(t("portal.reply.round", g.round()) + " · " + t("portal.rating." + g.rating())
                + (g.onPaper() ? " · " + t("portal.rating.onPaper") : "") + (g.comment() == null ? "" : " · " + g.comment()))));
        empty(ratings, "portal.ratings.none");
        content.add(ratings);
        if (detail.canRate()) {
            content.add(new RatingForm("portal-rating", t("portal.rate"), t("portal.rate.submit"), this::rate));
        }

        if (!detail.plan().isEmpty()) {
            content.add(new H3(t("portal.plan")));
            Div plan = list("portal-plan");
            for (ItemFacts.Milestone m : detail.plan()) {
                plan.add(line(m.position() + ". " + m.title() + " · " + t("portal.plan.due", m.dueOn())
                        + " · " + (m.doneOn() == null ? t("portal.plan.open") : t("portal.plan.done", m.doneOn()))));
                m.progress().forEach(p -> plan.add(line("    " + TIME.format(p.at()) + " · " + p.note())));
            }
            content.add(plan);
        }

        content.add(new H3(t("portal.history")));
        Div history = list("portal-history");
        detail.history().forEach(h -> history.add(line(TIME.format(h.at()) + " · " + t("proposals.action." + h.action()) + " · "
                + t("proposals.state." + h.from()) + " → " + t("proposals.state." + h.to()))));
        empty(history, "proposals.item.history.empty");
        content.add(history);
    }

    private void rate(RatingCode rating, String comment) {
        try {
            detail = portal.rate(itemId, rating.code(), comment, detail.item().version());
            show();
            notify(t("portal.rated", t("portal.rating." + rating.code())), false);
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

    private static Div list(String id) {
        Div d = new Div();
        d.setId(id);
        return d;
    }

    private static Div line(String text) {
        Div d = new Div();
        d.setText(text);
        return d;
    }

    private void empty(Div list, String key) {
        if (list.getChildren().findAny().isEmpty()) {
            list.add(line(t(key)));
        }
    }

    private void notify(String message, boolean error) {
        Span text = new Span(message);
        text.setId(error ? "portal-error" : "portal-done");
        Notification n = new Notification(text);
        n.setDuration(error ? 8000 : 4000);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
        n.open();
    }

    private String error(String code, String fallback) {
        String text = getTranslation("proposals.error." + code);
        return text.startsWith("!") ? fallback : text;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
