package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.deadline.DeadlineView;
import cn.huiyin.proposals.application.deadline.DistrictDeadlineSettings;
import cn.huiyin.proposals.domain.deadline.DistrictSettingsRepository.CalendarDay;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * District oversight keeps its district's deadline rules (amount and unit per kind), its calendar
 * of holidays and make-up working days (调休) per year, and extends the reply deadline of a
 * complex item of one of its agencies.
 */
@Route(value = "deadline-settings", registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class DeadlineSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> UNITS = List.of("working_days", "calendar_days", "months");

    private final DistrictDeadlineSettings settings;
    private final CallerPermissions permissions;
    private final OrganizationRepository organizations;
    private final VerticalLayout rules = new VerticalLayout();
    private final IntegerField year = new IntegerField();
    private final Grid<CalendarDay> days = new Grid<>();
    private final Select<String> agency = new Select<>();
    private final IntegerField itemId = new IntegerField();
    private final Span current = new Span();
    private final DatePicker newDue = new DatePicker();
    private final TextField reason = new TextField();
    private DeadlineView loaded;

    @Inject
    public DeadlineSettingsView(DistrictDeadlineSettings settings, CallerPermissions permissions, OrganizationRepository organizations) {
        this.settings = settings;
        this.permissions = permissions;
        this.organizations = organizations;
        setId("deadline-settings");
        rules.setId("deadline-rules");
        rules.setPadding(false);
        add(new H2(t("deadlines.settings.title")), new H3(t("deadlines.settings.rules")), rules,
                new H3(t("deadlines.settings.calendar")), calendarSection(), new H3(t("deadlines.settings.extension")), extensionSection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.DISTRICT_DEADLINES)) {
            event.forwardTo(HomeView.class);
            return;
        }
        showRules();
        showDays();
        String district = settings.requireDistrict();
        agency.setItems(organizations.agenciesOf(district).stream().filter(Organization::isActive).map(Organization::getAlias).toList());
        agency.setItemLabelGenerator(a -> organizations.findActiveByAlias(a).map(o -> o.name(getLocale())).orElse(a));
    }

    @Override
    public String getPageTitle() {
        return t("deadlines.settings.title") + " · " + t("app.name");
    }

    private void showRules() {
        rules.removeAll();
        for (DistrictDeadlineSettings.RuleView r : settings.rules()) {
            IntegerField amount = new IntegerField();
            amount.setId("rule-amount-" + r.kind());
            amount.setValue(r.amount());
            amount.setMin(1);
            amount.setMax(366);
            amount.setStepButtonsVisible(true);
            amount.setWidth("9em");
            Select<String> unit = new Select<>();
            unit.setId("rule-unit-" + r.kind());
            unit.setItems(UNITS);
            unit.setItemLabelGenerator(u -> t("deadlines.unit." + u));
            unit.setValue(r.unit());
            Button save = new Button(t("deadlines.settings.save"), e -> attempt(() -> {
                settings.setRule(r.kind(), amount.getValue() == null ? 0 : amount.getValue(), unit.getValue(), r.version());
                showRules();
            }));
            save.setId("rule-save-" + r.kind());
            Span label = new Span(t("deadlines.kind." + r.kind()) + (r.own() ? "" : " " + t("deadlines.settings.default")));
            label.setId("rule-label-" + r.kind());
            label.setWidth("14em");
            HorizontalLayout row = new HorizontalLayout(label, amount, unit, save);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            rules.add(row);
        }
    }

    private VerticalLayout calendarSection() {
        year.setId("calendar-year");
        year.setLabel(t("deadlines.settings.year"));
        year.setValue(LocalDate.now().getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> showDays());
        days.setId("calendar-days");
        days.addColumn(d -> d.day().toString()).setHeader(t("deadlines.settings.day")).setAutoWidth(true);
        days.addColumn(d -> t(d.working() ? "deadlines.settings.working" : "deadlines.settings.holiday")).setHeader(t("deadlines.settings.type")).setAutoWidth(true);
        days.addColumn(CalendarDay::name).setHeader(t("deadlines.settings.name")).setFlexGrow(1);
        days.addComponentColumn(d -> {
            Button remove = new Button(t("deadlines.settings.remove"), e -> attempt(() -> {
                settings.removeDay(d.day());
                showDays();
            }));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true);
        days.setAllRowsVisible(true);

        DatePicker day = new DatePicker(t("deadlines.settings.day"));
        day.setId("calendar-new-day");
        Select<Boolean> working = new Select<>();
        working.setId("calendar-new-type");
        working.setLabel(t("deadlines.settings.type"));
        working.setItems(false, true);
        working.setItemLabelGenerator(w -> t(w ? "deadlines.settings.working" : "deadlines.settings.holiday"));
        working.setValue(false);
        TextField name = new TextField(t("deadlines.settings.name"));
        name.setId("calendar-new-name");
        name.setMaxLength(100);
        Button add = new Button(t("deadlines.settings.add"), e -> attempt(() -> {
            if (day.getValue() == null) {
                throw UseCaseException.invalid("bad-date", t("deadlines.settings.pickDay"));
            }
            settings.setDay(day.getValue(), working.getValue(), name.getValue());
            year.setValue(day.getValue().getYear());
            showDays();
            name.clear();
        }));
        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(day, working, name, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(year, days, form);
        section.setPadding(false);
        return section;
    }

    private void showDays() {
        if (year.getValue() != null && year.getValue() >= 2000 && year.getValue() <= 2100) {
            days.setItems(settings.days(year.getValue()));
        }
    }

    private VerticalLayout extensionSection() {
        agency.setId("extension-agency");
        agency.setLabel(t("deadlines.settings.agency"));
        itemId.setId("extension-item");
        itemId.setLabel(t("deadlines.settings.itemId"));
        Button load = new Button(t("deadlines.settings.load"), e -> attempt(() -> {
            loaded = settings.replyDeadline(agency.getValue(), itemId.getValue() == null ? -1 : itemId.getValue());
            current.setText(t("deadlines.kind.reply") + " · " + t("deadlines.item.due", loaded.dueOn().toString()));
        }));
        load.setId("extension-load");
        current.setId("extension-current");
        newDue.setId("extension-due");
        newDue.setLabel(t("deadlines.settings.newDue"));
        reason.setId("extension-reason");
        reason.setLabel(t("deadlines.settings.reason"));
        reason.setMaxLength(2000);
        Button extend = new Button(t("deadlines.settings.extend"), e -> attempt(() -> {
            if (loaded == null || newDue.getValue() == null) {
                throw UseCaseException.invalid("bad-date", t("deadlines.settings.pickDay"));
            }
            loaded = settings.extendReply(agency.getValue(), loaded.itemId(), newDue.getValue(), reason.getValue(), loaded.version());
            current.setText(t("deadlines.kind.reply") + " · " + t("deadlines.item.due", loaded.dueOn().toString()));
            toast(t("deadlines.settings.extended"), false);
        }));
        extend.setId("extension-save");
        extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout find = new HorizontalLayout(agency, itemId, load, current);
        find.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout change = new HorizontalLayout(newDue, reason, extend);
        change.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(find, change);
        section.setPadding(false);
        return section;
    }

    /** Runs a change; a refusal becomes a readable message and nothing changed. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (UseCaseException e) {
            String text = getTranslation("deadlines.error." + e.code());
            toast(text.startsWith("!") ? e.getMessage() : text, true);
        } catch (RuntimeException e) {
            if (!StaleEdit.causedBy(e)) {
                throw e;
            }
            toast(t("deadlines.error.stale-version"), true);
        }
    }

    private void toast(String message, boolean error) {
        Notification n = Notification.show(message, error ? 8000 : 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
