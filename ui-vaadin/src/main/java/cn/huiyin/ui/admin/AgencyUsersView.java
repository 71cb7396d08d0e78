package cn.huiyin.ui.admin;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.agency.AgencyGuard;
import cn.huiyin.platform.application.agency.AgencyMember;
import cn.huiyin.platform.application.agency.AgencyRules;
import cn.huiyin.platform.application.agency.AgencyUnits;
import cn.huiyin.platform.application.agency.AgencyUsers;
import cn.huiyin.platform.application.agency.Invitation;
import cn.huiyin.platform.application.agency.Invited;
import cn.huiyin.platform.application.agency.UnitSummary;
import cn.huiyin.platform.application.onboarding.OnboardingFailedException;
import cn.huiyin.platform.application.onboarding.OnboardingRejectedException;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.ui.shell.HomeView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An agency admin's units (科室) and users, through the same use cases as
 * {@code /api/v1/agency/...}: units to add, rename or deactivate; users with their role, unit and
 * status, deactivate/reactivate, and an invitation form whose generated initial password is shown
 * once, in a dialog. Errors are readable notifications; nothing changes on an error (the grids are
 * read again, so a select shows what is stored).
 */
@Route("admin/agency")
public class AgencyUsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "admin/agency";
    private static final UnitSummary NO_UNIT = new UnitSummary(-1, "", null, true, 0);

    private final AgencyUnits units;
    private final AgencyUsers users;
    private final AgencyGuard guard;
    private final Locale locale;

    private final Grid<UnitSummary> unitGrid = new Grid<>();
    private final TextField unitNameZh = new TextField();
    private final TextField unitNameEn = new TextField();
    private final Grid<AgencyMember> userGrid = new Grid<>();
    private final TextField username = new TextField();
    private final TextField familyName = new TextField();
    private final TextField givenName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<String> role = new Select<>();
    private final Select<UnitSummary> unit = new Select<>();
    private final Map<String, HasValidation> inviteFields = new LinkedHashMap<>();
    private List<UnitSummary> allUnits = List.of();

    @Inject
    public AgencyUsersView(AgencyUnits units, AgencyUsers users, AgencyGuard guard) {
        this.units = units;
        this.users = users;
        this.guard = guard;
        this.locale = UI.getCurrent().getLocale();
        setId("agency-users");
        add(new H2(t("admin.agency.title")), new Paragraph(t("admin.agency.intro")),
                new H3(t("admin.agency.units.title")), unitGrid(), unitForm(),
                new H3(t("admin.agency.users.title")), userGrid(),
                new H3(t("admin.agency.invite.title")), inviteForm());
    }

    /** Only callers whose role grants platform.agency-users.manage and who act for an agency. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!guard.allowed()) {
            event.forwardTo(HomeView.class);
            return;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return t("admin.agency.title") + " · " + t("app.name");
    }

    // ---- units

    private Grid<UnitSummary> unitGrid() {
        unitGrid.setId("unit-grid");
        unitGrid.addColumn(UnitSummary::nameZh).setHeader(t("admin.agency.units.nameZh")).setKey("nameZh").setAutoWidth(true);
        unitGrid.addColumn(u -> u.nameEn() == null ? "" : u.nameEn()).setHeader(t("admin.agency.units.nameEn")).setKey("nameEn")
                .setAutoWidth(true);
        unitGrid.addColumn(u -> t(u.active() ? "admin.agency.status.active" : "admin.agency.status.inactive"))
                .setHeader(t("admin.agency.units.status")).setKey("status");
        unitGrid.addComponentColumn(u -> {
            Button edit = new Button(t("admin.agency.units.rename"), e -> editUnit(u));
            edit.setId("unit-edit-" + u.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setKey("actions");
        unitGrid.setAllRowsVisible(true);
        return unitGrid;
    }

    private HorizontalLayout unitForm() {
        unitNameZh.setId("unit-name-zh");
        unitNameZh.setLabel(t("admin.agency.units.nameZh"));
        unitNameZh.setManualValidation(true);
        unitNameEn.setId("unit-name-en");
        unitNameEn.setLabel(t("admin.agency.units.nameEn"));
        Button add = new Button(t("admin.agency.units.add"), e -> {
            unitNameZh.setInvalid(false);
            attempt(() -> units.create(unitNameZh.getValue(), unitNameEn.getValue()), created -> {
                unitNameZh.clear();
                unitNameEn.clear();
                notifyDone(t("admin.agency.units.created", created.nameZh()));
            }, Map.of("nameZh", unitNameZh));
        });
        add.setId("unit-add");
        HorizontalLayout form = new HorizontalLayout(unitNameZh, unitNameEn, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void editUnit(UnitSummary u) {
        Dialog dialog = new Dialog();
        dialog.setId("unit-dialog");
        dialog.setHeaderTitle(t("admin.agency.units.rename.title"));
        TextField zh = new TextField(t("admin.agency.units.nameZh"), u.nameZh(), "");
        zh.setId("unit-dialog-name-zh");
        zh.setManualValidation(true);
        TextField en = new TextField(t("admin.agency.units.nameEn"), u.nameEn() == null ? "" : u.nameEn(), "");
        Checkbox active = new Checkbox(t("admin.agency.units.active"), u.active());
        active.setId("unit-dialog-active");
        dialog.add(new VerticalLayout(zh, en, active));
        Button save = new Button(t("admin.agency.units.save"), e ->
                attempt(() -> units.update(u.id(), u.version(), zh.getValue(), en.getValue(), active.getValue()), saved -> {
                    dialog.close();
                    notifyDone(t("admin.agency.units.saved", saved.nameZh()));
                }, Map.of("nameZh", zh)));
        save.setId("unit-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t("admin.agency.units.cancel"), e -> dialog.close()), save);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                e.getSource().removeFromParent();
            }
        });
        add(dialog);
        dialog.open();
    }

    // ---- users

    private Grid<AgencyMember> userGrid() {
        userGrid.setId("user-grid");
        userGrid.addColumn(AgencyMember::username).setHeader(t("admin.agency.users.username")).setKey("username").setAutoWidth(true);
        userGrid.addColumn(AgencyMember::displayName).setHeader(t("admin.agency.users.name")).setKey("name").setAutoWidth(true);
        userGrid.addColumn(m -> m.email() == null ? "" : m.email()).setHeader(t("admin.agency.users.email")).setKey("email")
                .setAutoWidth(true);
        userGrid.addComponentColumn(this::roleSelect).setHeader(t("admin.agency.users.role")).setKey("role").setAutoWidth(true);
        userGrid.addComponentColumn(this::unitSelect).setHeader(t("admin.agency.users.unit")).setKey("unit").setAutoWidth(true);
        userGrid.addColumn(m -> t(m.active() && m.enabled() ? "admin.agency.status.active" : "admin.agency.status.inactive"))
                .setHeader(t("admin.agency.users.status")).setKey("status");
        userGrid.addComponentColumn(this::activeButton).setHeader(t("admin.agency.users.actions")).setKey("actions");
        userGrid.setAllRowsVisible(true);
        return userGrid;
    }

    private Select<String> roleSelect(AgencyMember m) {
        Select<String> s = new Select<>();
        s.setId("user-role-" + m.username());
        s.setItems(AgencyRules.AGENCY_ROLES);
        s.setItemLabelGenerator(r -> r == null ? "" : t("role." + r));
        s.setValue(m.role());
        s.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                attempt(() -> users.changeRole(m.username(), e.getValue()),
                        done -> notifyDone(t("admin.agency.users.roleChanged", done.username(), t("role." + done.role()))), Map.of());
            }
        });
        return s;
    }

    private Select<UnitSummary> unitSelect(AgencyMember m) {
        Select<UnitSummary> s = new Select<>();
        s.setId("user-unit-" + m.username());
        s.setItems(unitChoices(m.unit()));
        s.setItemLabelGenerator(this::unitLabel);
        s.setValue(m.unit() == null ? NO_UNIT : sameUnit(m.unit()));
        s.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Long id = e.getValue() == NO_UNIT ? null : e.getValue().id();
                attempt(() -> users.assignUnit(m.username(), id),
                        done -> notifyDone(t("admin.agency.users.unitChanged", done.username())), Map.of());
            }
        });
        return s;
    }

    private Button activeButton(AgencyMember m) {
        boolean active = m.active() && m.enabled();
        Button b = new Button(t(active ? "admin.agency.users.deactivate" : "admin.agency.users.reactivate"));
        b.setId((active ? "user-deactivate-" : "user-reactivate-") + m.username());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (active) {
            b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        b.addClickListener(e -> attempt(() -> active ? users.deactivate(m.username()) : users.reactivate(m.username()),
                done -> notifyDone(t(active ? "admin.agency.users.deactivated" : "admin.agency.users.reactivated", done.username())),
                Map.of()));
        return b;
    }

    private FormLayout inviteForm() {
        text(username, "invite-username", "admin.agency.invite.username");
        username.setHelperText(t("admin.agency.invite.username.help"));
        text(familyName, "invite-family-name", "admin.agency.invite.familyName");
        text(givenName, "invite-given-name", "admin.agency.invite.givenName");
        email.setId("invite-email");
        email.setLabel(t("admin.agency.invite.email"));
        email.setManualValidation(true);
        role.setId("invite-role");
        role.setLabel(t("admin.agency.invite.role"));
        role.setItems(AgencyRules.AGENCY_ROLES);
        role.setItemLabelGenerator(r -> r == null ? "" : t("role." + r));
        role.setValue(AgencyRules.AGENCY_ROLES.getLast());
        role.setManualValidation(true);
        unit.setId("invite-unit");
        unit.setLabel(t("admin.agency.invite.unit"));
        unit.setItemLabelGenerator(this::unitLabel);
        unit.setManualValidation(true);
        inviteFields.put("username", username);
        inviteFields.put("familyName", familyName);
        inviteFields.put("givenName", givenName);
        inviteFields.put("email", email);
        inviteFields.put("role", role);
        inviteFields.put("unitId", unit);

        Button submit = new Button(t("admin.agency.invite.submit"));
        submit.setId("invite-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                invite();
            } finally {
                submit.setEnabled(true);
            }
        });
        FormLayout form = new FormLayout(username, familyName, givenName, email, role, unit, submit);
        form.setId("invite-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void text(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(t(label));
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(true);
    }

    private void invite() {
        inviteFields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        UnitSummary chosen = unit.getValue();
        Invitation invitation = new Invitation(username.getValue(), familyName.getValue(), givenName.getValue(),
                email.getValue(), role.getValue(), chosen == null || chosen == NO_UNIT ? null : chosen.id());
        attempt(() -> users.invite(invitation), done -> {
            for (TextField f : List.of(username, familyName, givenName)) {
                f.clear();
            }
            email.clear();
            showInitialPassword(done);
        }, inviteFields);
    }

    private void showInitialPassword(Invited done) {
        Dialog dialog = new Dialog();
        dialog.setId("invite-done-dialog");
        dialog.setHeaderTitle(t("admin.agency.done.title", done.member().displayName()));
        dialog.setCloseOnOutsideClick(false);
        Span account = new Span(done.member().username());
        account.setId("invite-done-username");
        Span password = new Span(done.initialPassword());
        password.setId("invite-initial-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "1.25em").set("user-select", "all");
        VerticalLayout body = new VerticalLayout(
                new Paragraph(new Span(t("admin.agency.done.account") + " "), account,
                        new Span("（" + t("role." + done.member().role()) + "）")),
                new Paragraph(new Span(t("admin.agency.done.password") + " "), password),
                new Paragraph(t("admin.agency.done.once")));
        body.setPadding(false);
        dialog.add(body);
        Button close = new Button(t("admin.agency.done.close"), e -> dialog.close());
        close.setId("invite-done-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        // the password lives only in this dialog: gone from the UI once it closes
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                e.getSource().removeFromParent();
            }
        });
        add(dialog);
        dialog.open();
    }

    // ---- shared

    /**
     * Runs a use case; on success the grids are read again and {@code then} runs. On a refusal the
     * fields named by it are marked, a notification says why, and the grids are read again too, so
     * what they show is what is stored.
     */
    private <T> void attempt(Supplier<T> action, java.util.function.Consumer<T> then, Map<String, ? extends HasValidation> fields) {
        try {
            T result = action.get();
            refresh();
            then.accept(result);
        } catch (OnboardingRejectedException e) {
            e.violations().forEach(v -> mark(fields, v.field(), error(v.code(), v.message())));
            notifyError(t("admin.agency.error.validation"));
        } catch (UseCaseException e) {
            String message = error(e.code(), e.getMessage());
            fieldOf(e.code()).ifPresent(f -> mark(fields, f, message));
            notifyError("keycloak-rejected".equals(e.code()) ? message + " " + e.getMessage() : message);
            refresh();
        } catch (OnboardingFailedException e) {
            notifyError(error(e.code(), e.getMessage()) + " (" + e.getMessage() + ")");
            refresh();
        } catch (TenantContext.NoTenantException e) {
            notifyError(t("admin.agency.error.forbidden"));
        }
    }

    private static Optional<String> fieldOf(String code) {
        return Optional.ofNullable(switch (code) {
            case "user-exists" -> "username";
            case "email-exists" -> "email";
            case "unit-name-exists" -> "nameZh";
            case "unit-inactive", "not-found" -> "unitId";
            default -> null;
        });
    }

    private static void mark(Map<String, ? extends HasValidation> fields, String field, String message) {
        HasValidation f = fields.get(field);
        if (f != null) {
            f.setErrorMessage(message);
            f.setInvalid(true);
        }
    }

    private void refresh() {
        allUnits = units.list();
        unitGrid.setItems(allUnits);
        UnitSummary chosen = unit.getValue();
        List<UnitSummary> choices = unitChoices(null);
        unit.setItems(choices);
        unit.setValue(chosen == null ? NO_UNIT : choices.stream().filter(u -> u.id() == chosen.id()).findFirst().orElse(NO_UNIT));
        userGrid.setItems(users.list());
    }

    /** No unit, the active units, and the member's current unit even when deactivated. */
    private List<UnitSummary> unitChoices(UnitSummary current) {
        List<UnitSummary> choices = new java.util.ArrayList<>();
        choices.add(NO_UNIT);
        allUnits.stream().filter(u -> u.active() || current != null && u.id() == current.id()).forEach(choices::add);
        return choices;
    }

    private UnitSummary sameUnit(UnitSummary u) {
        return allUnits.stream().filter(x -> x.id() == u.id()).findFirst().orElse(u);
    }

    private String unitLabel(UnitSummary u) {
        return u == null || u == NO_UNIT ? t("admin.agency.users.noUnit") : u.name(locale);
    }

    private void notifyDone(String message) {
        Span text = new Span(message);
        text.setId("agency-done");
        Notification n = new Notification(text);
        n.setDuration(4000);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.open();
    }

    private void notifyError(String message) {
        Span text = new Span(message);
        text.setId("agency-error");
        Notification n = new Notification(text);
        n.setDuration(8000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /** The translation of an error code, or the use case's own (English) text when there is none. */
    private String error(String code, String fallback) {
        String text = getTranslation("admin.agency.error." + code);
        return text.startsWith("!") ? fallback : text;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
