package cn.huiyin.ui.proposals;

import cn.huiyin.proposals.domain.proposer.RatingCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Arrays;

/**
 * 满意度评价: one of three ratings and a comment (required when unsatisfied: it says what to do
 * again). Used by the proposer in the portal and by staff for a rating given on paper.
 */
public class RatingForm extends VerticalLayout {

    /** What to do with a filled-in form. */
    public interface Submit {
        void rate(RatingCode rating, String comment);
    }

    private final RadioButtonGroup<RatingCode> rating = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();

    public RatingForm(String idPrefix, String heading, String submitLabel, Submit submit) {
        setId(idPrefix + "-form");
        setPadding(false);
        rating.setId(idPrefix + "-choice");
        rating.setItems(Arrays.asList(RatingCode.values()));
        rating.setItemLabelGenerator(r -> getTranslation("portal.rating." + r.code()));
        rating.setLabel(getTranslation("portal.rating"));
        comment.setId(idPrefix + "-comment");
        comment.setLabel(getTranslation("portal.rating.comment"));
        comment.setMaxLength(2000);
        comment.setWidth("30em");
        Button send = new Button(submitLabel, e -> {
            if (rating.getValue() == null) {
                rating.setErrorMessage(getTranslation("portal.rating.choose"));
                rating.setInvalid(true);
                return;
            }
            if (rating.getValue() == RatingCode.UNSATISFIED && comment.getValue().isBlank()) {
                comment.setErrorMessage(getTranslation("portal.rating.comment.required"));
                comment.setInvalid(true);
                return;
            }
            submit.rate(rating.getValue(), comment.getValue());
        });
        send.setId(idPrefix + "-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(heading), rating, comment, send);
    }
}
