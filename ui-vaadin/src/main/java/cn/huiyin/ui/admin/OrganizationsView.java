package cn.huiyin.ui.admin;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.application.onboarding.Onboarded;
import cn.huiyin.platform.application.onboarding.Onboarding;
import cn.huiyin.platform.application.onboarding.OnboardingFailedException;
import cn.huiyin.platform.application.onboarding.OnboardingRejectedException;
import cn.huiyin.platform.application.onboarding.OnboardingRequest;
import cn.huiyin.platform.application.onboarding.OrganizationSummary;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.ui.shell.HomeView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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

/**
 * Platform admins open districts and agencies (开通单位): the list of every organization and a
 * form that runs the same onboarding use case as {@code POST /api/v1/admin/organizations}. The
 * generated initial password is shown once, in a dialog; errors are shown at their fields and in
 * a notification, and change nothing.
 */
@Route("admin/organizations")
public class OrganizationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "admin/organizations";

    private final Onboarding onboarding;
    private final CallerPermissions permissions;
    private final Locale locale;

    private final Grid<OrganizationSummary> grid = new Grid<>();
    private final Select<Organization.Kind> kind = new Select<>();
    private final Select<OrganizationSummary> district = new Select<>();
    private final TextField alias = new TextField();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField username = new TextField();
    private final TextField familyName = new TextField();
    private final TextField givenName = new TextField();
    private final EmailField email = new EmailField();
    private final Button submit = new Button();
    /** Form fields by the use case's field names, for its violations. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private List<OrganizationSummary> all = List.of();

    @Inject
    public OrganizationsView(Onboarding onboarding, CallerPermissions permissions) {
        this.onboarding = onboarding;
        this.permissions = permissions;
        this.locale = UI.getCurrent().getLocale();
        setId("organizations");
        add(new H2(t("admin.org.title")), new Paragraph(t("admin.org.intro")), grid(),
                new H3(t("admin.org.form.title")), form());
    }

    /** Only callers whose role grants platform.tenants.manage; the others land on the home page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean allowed = permissions.has(PlatformPermissions.MANAGE_TENANTS);
        if (!allowed) {
            event.forwardTo(HomeView.class);
            return;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return t("admin.org.title") + " · " + t("app.name");
    }

    private Grid<OrganizationSummary> grid() {
        grid.setId("org-grid");
        grid.addColumn(OrganizationSummary::alias).setHeader(t("admin.org.grid.alias")).setKey("alias").setAutoWidth(true);
        grid.addColumn(o -> o.name(locale)).setHeader(t("admin.org.grid.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(o -> t("admin.org.kind." + o.kind())).setHeader(t("admin.org.grid.kind")).setKey("kind");
        grid.addColumn(o -> o.districtAlias() == null ? "" : districtName(o.districtAlias()))
                .setHeader(t("admin.org.grid.district")).setKey("district").setAutoWidth(true);
        grid.addColumn(o -> t(o.active() ? "admin.org.status.active" : "admin.org.status.inactive"))
                .setHeader(t("admin.org.grid.status")).setKey("status");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FormLayout form() {
        kind.setId("org-kind");
        kind.setLabel(t("admin.org.field.kind"));
        kind.setItems(Organization.Kind.AGENCY, Organization.Kind.DISTRICT);
        kind.setItemLabelGenerator(k -> t("admin.org.kind." + k.code()));
        kind.setValue(Organization.Kind.AGENCY);
        kind.addValueChangeListener(e -> district.setVisible(e.getValue() == Organization.Kind.AGENCY));

        district.setId("org-district");
        district.setLabel(t("admin.org.field.district"));
        district.setItemLabelGenerator(d -> d == null ? "" : d.name(locale) + "（" + d.alias() + "）");
        district.setEmptySelectionAllowed(false);

        text(alias, "org-alias", "admin.org.field.alias");
        alias.setHelperText(t("admin.org.field.alias.help"));
        text(nameZh, "org-name-zh", "admin.org.field.nameZh");
        text(nameEn, "org-name-en", "admin.org.field.nameEn");
        text(username, "org-admin-username", "admin.org.field.username");
        text(familyName, "org-admin-family-name", "admin.org.field.familyName");
        text(givenName, "org-admin-given-name", "admin.org.field.givenName");
        email.setId("org-admin-email");
        email.setLabel(t("admin.org.field.email"));
        email.setManualValidation(true);
        for (Component c : List.of(alias, nameZh, username, familyName, givenName, email)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) c).setRequiredIndicatorVisible(true);
        }
        kind.setManualValidation(true);
        district.setManualValidation(true);

        fields.put("kind", kind);
        fields.put("districtAlias", district);
        fields.put("alias", alias);
        fields.put("nameZh", nameZh);
        fields.put("nameEn", nameEn);
        fields.put("username", username);
        fields.put("familyName", familyName);
        fields.put("givenName", givenName);
        fields.put("email", email);

        submit.setText(t("admin.org.submit"));
        submit.setId("org-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                onboard();
            } finally {
                submit.setEnabled(true);
            }
        });

        FormLayout form = new FormLayout(kind, district, alias, nameZh, nameEn, username, familyName, givenName, email, submit);
        form.setId("org-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void text(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(t(label));
        field.setManualValidation(true);
    }

    private void refresh() {
        all = onboarding.organizations();
        grid.setItems(all);
        OrganizationSummary chosen = district.getValue();
        List<OrganizationSummary> districts = all.stream().filter(o -> o.isDistrict() && o.active()).toList();
        district.setItems(districts);
        if (chosen != null && districts.contains(chosen)) {
            district.setValue(chosen);
        }
    }

    private void onboard() {
        clearErrors();
        Organization.Kind k = kind.getValue();
        OnboardingRequest request = new OnboardingRequest(k, alias.getValue(), nameZh.getValue(), nameEn.getValue(),
                k == Organization.Kind.AGENCY && district.getValue() != null ? district.getValue().alias() : null,
                new OnboardingRequest.FirstAdmin(username.getValue(), familyName.getValue(), givenName.getValue(),
                        email.getValue()));
        try {
            Onboarded done = onboarding.onboard(request);
            clearForm();
            refresh();
            showInitialPassword(done);
        } catch (OnboardingRejectedException e) {
            e.violations().forEach(v -> markField(v.field(), error(v.code(), v.message())));
            notifyError(t("admin.org.error.validation"));
        } catch (UseCaseException e) {
            String message = error(e.code(), e.getMessage());
            fieldOf(e.code()).ifPresent(f -> markField(f, message));
            notifyError("keycloak-rejected".equals(e.code()) ? message + " " + e.getMessage() : message);
        } catch (OnboardingFailedException e) {
            notifyError(error(e.code(), e.getMessage()) + " (" + e.getMessage() + ")");
        }
    }

    /** The field a conflict or refusal of the use case belongs to. */
    private static Optional<String> fieldOf(String code) {
        return Optional.ofNullable(switch (code) {
            case "organization-exists" -> "alias";
            case "organization-name-exists" -> "nameZh";
            case "user-exists" -> "username";
            case "email-exists" -> "email";
            case "unknown-district" -> "districtAlias";
            default -> null;
        });
    }

    private void showInitialPassword(Onboarded done) {
        OrganizationSummary org = done.organization();
        Dialog dialog = new Dialog();
        dialog.setId("org-done-dialog");
        dialog.setHeaderTitle(t("admin.org.done.title", org.name(locale)));
        dialog.setCloseOnOutsideClick(false);
        Span account = new Span(done.adminUsername());
        account.setId("org-done-username");
        Span password = new Span(done.initialPassword());
        password.setId("org-initial-password");
        password.getStyle().set("font-family", "monospace").set("font-size", "1.25em").set("user-select", "all");
        VerticalLayout body = new VerticalLayout(
                new Paragraph(new Span(t("admin.org.done.account") + " "), account,
                        new Span("（" + t("role." + done.adminRole()) + "）")),
                new Paragraph(new Span(t("admin.org.done.password") + " "), password),
                new Paragraph(t("admin.org.done.once")));
        body.setPadding(false);
        dialog.add(body);
        Button close = new Button(t("admin.org.done.close"), e -> dialog.close());
        close.setId("org-done-close");
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

    private void markField(String field, String message) {
        HasValidation f = fields.get(field);
        if (f == null) {
            notifyError(message);
            return;
        }
        f.setErrorMessage(message);
        f.setInvalid(true);
    }

    private void clearErrors() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private void clearForm() {
        for (TextField f : List.of(alias, nameZh, nameEn, username, familyName, givenName)) {
            f.clear();
        }
        email.clear();
    }

    private void notifyError(String message) {
        Span text = new Span(message);
        text.setId("org-error");
        Notification n = new Notification(text);
        n.setDuration(8000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    private String districtName(String districtAlias) {
        return all.stream().filter(o -> o.alias().equals(districtAlias)).findFirst()
                .map(o -> o.name(locale)).orElse(districtAlias);
    }

    /** The translation of an error code, or the use case's own (English) text when there is none. */
    private String error(String code, String fallback) {
        String text = getTranslation("admin.org.error." + code);
        return text.startsWith("!") ? fallback : text;
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
