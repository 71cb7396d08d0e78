package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ItemQueries;
import cn.huiyin.proposals.application.ItemRatings;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.proposer.Rating;
import cn.huiyin.proposals.domain.proposer.RatingCode;
import cn.huiyin.proposals.domain.workflow.ItemState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import jakarta.enterprise.inject.spi.CDI;

import java.util.List;

/**
 * On the staff item page: the ratings given so far (marked when given on paper, with who entered
 * them) and, for a supervisor while the item is replied, the form to enter a rating the proposer
 * gave on paper. Reads the item id from the route like its page.
 */
public class PaperRatingPanel extends VerticalLayout implements BeforeEnterObserver {

    private long itemId;

    public PaperRatingPanel() {
        setId("paper-rating");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = event.getRouteParameters().getLong(ProposalItemView.ID_PARAMETER).orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        ProposalItem item;
        List<Rating> given;
        try {
            item = bean(ItemQueries.class).get(itemId);
            given = bean(ItemRatings.class).of(itemId);
        } catch (UseCaseException | TenantContext.NoTenantException e) {
            return;
        }
        add(new H3(getTranslation("paperRating.ratings")));
        Div list = new Div();
        list.setId("item-ratings");
        for (Rating r : given) {
            Div line = new Div();
            line.setText(getTranslation("portal.reply.round", r.getRound()) + " · " + getTranslation("portal.rating." + r.getRating())
                    + (r.isOnPaper() ? " · " + getTranslation("paperRating.enteredBy", r.getEnteredBy()) : "")
                    + (r.getComment() == null ? "" : " · " + r.getComment()));
            list.add(line);
        }
        if (given.isEmpty()) {
            list.setText(getTranslation("portal.ratings.none"));
        }
        add(list);
        if (item.currentState() == ItemState.REPLIED && bean(CallerPermissions.class).has(ProposalsModule.RATE_ON_PAPER)) {
            long version = item.getVersion();
            add(new RatingForm("paper-rating", getTranslation("paperRating.heading"), getTranslation("paperRating.submit"),
                    (rating, comment) -> enter(rating, comment, version)));
        }
    }

    private void enter(RatingCode rating, String comment, long version) {
        try {
            bean(ItemRatings.class).onPaper(itemId, rating.code(), comment, version);
            Notification.show(getTranslation("paperRating.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            // the page's state, actions and timeline changed too
            UI.getCurrent().getPage().reload();
        } catch (UseCaseException e) {
            String text = getTranslation("proposals.error." + e.code());
            Notification n = Notification.show(text.startsWith("!") ? e.getMessage() : text);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            show();
        }
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
