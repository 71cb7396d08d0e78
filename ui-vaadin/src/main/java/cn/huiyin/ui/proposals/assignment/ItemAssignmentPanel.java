package cn.huiyin.ui.proposals.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.agency.UnitSummary;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.assignment.AgencyStaff;
import cn.huiyin.proposals.application.assignment.AssignmentOptions;
import cn.huiyin.proposals.application.assignment.InsideAssignment;
import cn.huiyin.proposals.application.assignment.LeadCoHandlers;
import cn.huiyin.proposals.domain.assignment.CoHandling;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.inject.spi.CDI;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lead agency's assignment of an item on its page: responsible leader, undertaking unit,
 * handler and handling group (editable by the agency's leader or admin), and the co-handling
 * agencies with their opinions and whether they signed off. After a change the page reloads
 * (the item's version moved on).
 */
public class ItemAssignmentPanel extends VerticalLayout {

    private final long itemId;
    private final Runnable onChange;
    private final InsideAssignment assignment = bean(InsideAssignment.class);
    private final LeadCoHandlers coHandlers = bean(LeadCoHandlers.class);
    private final boolean mayAssign = bean(CallerPermissions.class).has(ProposalsModule.ASSIGN);
    private final VerticalLayout content = new VerticalLayout();

    /** Places a fresh panel for {@code itemId} on the item page, replacing an earlier one. */
    public static void placeOn(VerticalLayout page, long itemId, Runnable onChange) {
        page.getChildren().filter(c -> c instanceof ItemAssignmentPanel).toList().forEach(page::remove);
        page.add(new ItemAssignmentPanel(itemId, onChange));
    }

    ItemAssignmentPanel(long itemId, Runnable onChange) {
        this.itemId = itemId;
        this.onChange = onChange;
        setId("item-assignment");
        setPadding(false);
        content.setPadding(false);
        add(new H3(t("assignment.heading")), content);
        show();
    }

    private void show() {
        content.removeAll();
        InsideAssignment.View view;
        try {
            view = assignment.get(itemId);
        } catch (UseCaseException e) {
            return;
        }
        if (view.reassignedToAgency() != null) {
            content.add(new Span(t("assignment.reassigned-to", AgencyNames.of(view.reassignedToAgency(), getLocale()))));
        }
        if (view.reassignedFromAgency() != null) {
            content.add(new Span(t("assignment.reassigned-from", AgencyNames.of(view.reassignedFromAgency(), getLocale()))));
        }
        if (mayAssign && !Objects.equals(view.state(), "closed") && !Objects.equals(view.state(), "reassigned_away")) {
            content.add(editor(view));
        } else {
            content.add(readOnly(view));
        }
        content.add(new H4(t("assignment.cohandlers")));
        List<CoHandling> rows = coHandlers.of(itemId);
        Div list = new Div();
        list.setId("item-cohandlers");
        if (rows.isEmpty()) {
            list.add(new Span(t("assignment.cohandlers.none")));
        }
        for (CoHandling c : rows) {
            Div row = new Div();
            row.addClassName("item-cohandler");
            row.setText(AgencyNames.of(c.getTenantId(), getLocale()) + " · " + t("assignment.cohandling.due", c.getDueOn())
                    + " · " + t("assignment.cohandling.status." + c.status())
                    + (c.getOpinion() == null ? "" : " · " + t("assignment.cohandling.opinion") + c.getOpinion())
                    + (c.getWaiverReason() == null ? "" : " · " + t("assignment.cohandling.waiver") + c.getWaiverReason()));
            list.add(row);
        }
        content.add(list);
    }

    private Component readOnly(InsideAssignment.View v) {
        Div d = new Div();
        d.setId("assignment-summary");
        d.setText(t("assignment.leader") + "：" + dash(v.leader()) + " · " + t("assignment.unit") + "："
                + dash(java.util.Optional.ofNullable(bean(AssignmentOptions.class).unit(v.unitId())).map(u -> u.name(getLocale())).orElse(null))
                + " · " + t("assignment.handler") + "：" + dash(v.handler()) + " · " + t("assignment.group") + "："
                + (v.group().isEmpty() ? "-" : String.join("、", v.group())));
        return d;
    }

    private Component editor(InsideAssignment.View v) {
        AssignmentOptions.Options options;
        try {
            options = bean(AssignmentOptions.class).current();
        } catch (RuntimeException e) {
            // the directory (Keycloak) may be down: the page still shows what is stored
            java.util.logging.Logger.getLogger(ItemAssignmentPanel.class.getName()).warning("Assignment options unavailable: " + e);
            return readOnly(v);
        }
        Map<String, AgencyStaff.Person> byName = options.people().stream()
                .collect(Collectors.toMap(AgencyStaff.Person::username, Function.identity(), (a, b) -> a));
        ComboBox<AgencyStaff.Person> leader = new ComboBox<>(t("assignment.leader"));
        leader.setId("assignment-leader");
        leader.setItems(options.people().stream().filter(p -> Roles.LEADER.equals(p.role())).toList());
        leader.setItemLabelGenerator(this::label);
        leader.setClearButtonVisible(true);
        leader.setValue(byName.get(v.leader()));
        ComboBox<UnitSummary> unit = new ComboBox<>(t("assignment.unit"));
        unit.setId("assignment-unit");
        unit.setItems(options.units());
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        unit.setValue(options.units().stream().filter(u -> Objects.equals(u.id(), v.unitId())).findFirst().orElse(null));
        ComboBox<AgencyStaff.Person> handler = new ComboBox<>(t("assignment.handler"));
        handler.setId("assignment-handler");
        handler.setItems(options.people());
        handler.setItemLabelGenerator(this::label);
        handler.setClearButtonVisible(true);
        handler.setValue(byName.get(v.handler()));
        MultiSelectComboBox<AgencyStaff.Person> group = new MultiSelectComboBox<>(t("assignment.group"));
        group.setId("assignment-group");
        group.setItems(options.people());
        group.setItemLabelGenerator(this::label);
        group.setValue(v.group().stream().map(byName::get).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
        group.setWidth("24em");
        Button save = new Button(t("assignment.save"), e -> {
            try {
                assignment.set(itemId, v.version(), username(leader.getValue()), unit.getValue() == null ? null : unit.getValue().id(),
                        username(handler.getValue()), group.getValue().stream().map(AgencyStaff.Person::username).toList());
                Notices.done(this, t("assignment.saved"));
            } catch (RuntimeException ex) {
                Notices.refused(this, ex);
            }
            onChange.run();
            show();
        });
        save.setId("assignment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(leader, unit, handler, group, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private String label(AgencyStaff.Person p) {
        return p.name() + " (" + p.username() + ")";
    }

    private static String username(AgencyStaff.Person p) {
        return p == null ? null : p.username();
    }

    private static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
