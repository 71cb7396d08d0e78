package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.intake.District;
import cn.huiyin.proposals.application.intake.Intake;
import cn.huiyin.proposals.application.intake.OversightItems;
import cn.huiyin.proposals.application.intake.ProposerChoice;
import cn.huiyin.proposals.application.intake.Proposers;
import cn.huiyin.proposals.application.intake.Registration;
import cn.huiyin.proposals.application.intake.RowsRejected;
import cn.huiyin.proposals.application.intake.SimilarItems;
import cn.huiyin.proposals.domain.intake.Category;
import cn.huiyin.proposals.domain.intake.ItemKind;
import cn.huiyin.proposals.domain.intake.Proposer;
import cn.huiyin.proposals.domain.intake.ProposerKind;
import cn.huiyin.proposals.domain.intake.SessionListCheck;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 登记交办: district oversight registers one item into an agency of its district. The lead
 * proposer is picked from the district's registry or typed as a new name (with 代表团/界别 and an
 * optional account); co-signers likewise. Similar earlier items (same proposer, similar title)
 * show beside the form while typing. The use case decides; its refusals mark the fields.
 */
@Route(value = RegisterItemView.ROUTE, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class RegisterItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "district/register";

    private final Intake intake;
    private final Proposers proposers;
    private final SimilarItems similar;
    private final OversightItems oversight;
    private final CallerPermissions permissions;

    private final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>();
    private final TextField session = new TextField();
    private final TextField number = new TextField();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final ComboBox<Proposer> lead = new ComboBox<>();
    private final TextField newLead = new TextField();
    private final TextField group = new TextField();
    private final TextField account = new TextField();
    private final MultiSelectComboBox<Proposer> coSigners = new MultiSelectComboBox<>();
    private final TextField newCoSigners = new TextField();
    private final ComboBox<Category> category = new ComboBox<>();
    private final Checkbox keyItem = new Checkbox();
    private final ComboBox<Organization> agency = new ComboBox<>();
    private final DatePicker assignedOn = new DatePicker();
    private final Grid<SimilarItems.Found> similarGrid = new Grid<>();

    @Inject
    public RegisterItemView(Intake intake, Proposers proposers, SimilarItems similar, OversightItems oversight,
                            CallerPermissions permissions) {
        this.intake = intake;
        this.proposers = proposers;
        this.similar = similar;
        this.oversight = oversight;
        this.permissions = permissions;
        setId("register-item");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.REGISTER)) {
            event.forwardTo(HomeView.class);
            return;
        }
        if (getComponentCount() == 0) {
            build(oversight.district());
        }
    }

    private void build(District district) {
        kind.setId("reg-kind");
        kind.setLabel(t("proposals.intake.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> t("proposals.kind." + k.code()));
        kind.setValue(ItemKind.SUGGESTION);
        kind.addValueChangeListener(e -> reloadProposers());
        field(session, "reg-session", "proposals.intake.session", 64);
        session.setValue(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "年区两会");
        field(number, "reg-number", "proposals.intake.number", 32);
        field(title, "reg-title", "proposals.intake.title", 300);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> findSimilar());
        body.setId("reg-body");
        body.setLabel(t("proposals.intake.body"));
        body.setMaxLength(20000);
        body.setRequiredIndicatorVisible(true);
        body.setManualValidation(true);

        lead.setId("reg-lead");
        lead.setLabel(t("proposals.intake.lead"));
        lead.setItemLabelGenerator(p -> p.getName() + (p.group() == null ? "" : "（" + p.group() + "）"));
        lead.setClearButtonVisible(true);
        lead.setHelperText(t("proposals.intake.lead.help"));
        lead.addValueChangeListener(e -> {
            newLead.setEnabled(e.getValue() == null);
            group.setEnabled(e.getValue() == null);
            account.setEnabled(e.getValue() == null);
            findSimilar();
        });
        field(newLead, "reg-new-lead", "proposals.intake.newLead", 100);
        newLead.setRequiredIndicatorVisible(false);
        newLead.setValueChangeMode(ValueChangeMode.LAZY);
        newLead.addValueChangeListener(e -> findSimilar());
        field(group, "reg-group", "proposals.intake.group", 100);
        group.setRequiredIndicatorVisible(false);
        field(account, "reg-account", "proposals.intake.account", 100);
        account.setRequiredIndicatorVisible(false);
        coSigners.setId("reg-cosigners");
        coSigners.setLabel(t("proposals.intake.coSigners"));
        coSigners.setItemLabelGenerator(Proposer::getName);
        field(newCoSigners, "reg-new-cosigners", "proposals.intake.newCoSigners", 2000);
        newCoSigners.setRequiredIndicatorVisible(false);

        category.setId("reg-category");
        category.setLabel(t("proposals.intake.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> t("proposals.category." + c.code()));
        category.setRequiredIndicatorVisible(true);
        category.setManualValidation(true);
        keyItem.setId("reg-key");
        keyItem.setLabel(t("proposals.intake.keyItem"));
        agency.setId("reg-agency");
        agency.setLabel(t("proposals.intake.agency"));
        agency.setItems(district.agencies());
        agency.setItemLabelGenerator(Organization::getNameZh);
        agency.setRequiredIndicatorVisible(true);
        agency.setManualValidation(true);
        assignedOn.setId("reg-assigned-on");
        assignedOn.setLabel(t("proposals.intake.assignedOn"));
        assignedOn.setValue(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assignedOn.setRequiredIndicatorVisible(true);
        assignedOn.setManualValidation(true);
        reloadProposers();

        FormLayout form = new FormLayout(kind, session, number, agency, title, category, lead, newLead, group, account,
                coSigners, newCoSigners, assignedOn, keyItem);
        form.setColspan(title, 2);
        form.add(body, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        Button register = new Button(t("proposals.intake.register"), e -> register());
        register.setId("reg-submit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        similarGrid.setId("similar-grid");
        similarGrid.addColumn(f -> f.item().number() + " " + f.item().title() + "（" + f.item().proposer() + "）")
                .setHeader(t("proposals.list.title")).setFlexGrow(1);
        similarGrid.addColumn(SimilarItems.Found::agencyName).setHeader(t("proposals.district.agency")).setAutoWidth(true);
        similarGrid.addColumn(f -> f.item().sameProposer() ? t("proposals.intake.similar.sameProposer")
                : t("proposals.intake.similar.score", Math.round(f.item().score() * 100))).setHeader(t("proposals.intake.similar.why"))
                .setAutoWidth(true);
        similarGrid.setAllRowsVisible(true);
        similarGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        similarGrid.setItems(List.of());
        VerticalLayout side = new VerticalLayout(new H3(t("proposals.intake.similar")), new Paragraph(t("proposals.intake.similar.help")),
                similarGrid);
        side.setPadding(false);
        side.setWidth("40%");
        VerticalLayout main = new VerticalLayout(form, register);
        main.setPadding(false);
        main.setWidth("60%");
        HorizontalLayout columns = new HorizontalLayout(main, side);
        columns.setWidthFull();
        add(new H2(t("proposals.intake.heading")), columns);
    }

    private void field(TextField f, String id, String label, int max) {
        f.setId(id);
        f.setLabel(t(label));
        f.setMaxLength(max);
        f.setRequiredIndicatorVisible(true);
        f.setManualValidation(true);
    }

    private void reloadProposers() {
        ProposerKind k = ProposerKind.of(kind.getValue());
        List<Proposer> all = proposers.search(null, k, 500);
        lead.setItems(all);
        coSigners.setItems(all);
    }

    private String leadName() {
        return lead.getValue() != null ? lead.getValue().getName() : newLead.getValue();
    }

    private void findSimilar() {
        similarGrid.setItems(similar.find(title.getValue(), leadName(), null));
    }

    private void register() {
        clearErrors();
        ProposerChoice leadChoice = lead.getValue() != null ? ProposerChoice.existing(lead.getValue().getId())
                : newLead.getValue().isBlank() ? null : ProposerChoice.named(newLead.getValue(), group.getValue(), account.getValue());
        if (leadChoice == null) {
            newLead.setErrorMessage(t("proposals.intake.error.missing"));
            newLead.setInvalid(true);
            return;
        }
        List<ProposerChoice> co = new ArrayList<>();
        coSigners.getValue().forEach(p -> co.add(ProposerChoice.existing(p.getId())));
        SessionListCheck.names(newCoSigners.getValue(), null).forEach(n -> co.add(ProposerChoice.named(n, null, null)));
        try {
            Intake.Registered done = intake.register(new Registration(kind.getValue().code(), session.getValue(), number.getValue(),
                    title.getValue(), body.getValue(), category.getValue() == null ? null : category.getValue().code(), keyItem.getValue(),
                    agency.getValue() == null ? null : agency.getValue().getAlias(), assignedOn.getValue(), leadChoice, co));
            IntakeNotices.done(t("proposals.intake.registered", done.number(), agency.getValue().getNameZh()));
            number.clear();
            title.clear();
            body.clear();
            coSigners.clear();
            newCoSigners.clear();
            reloadProposers();
            similarGrid.setItems(List.of());
        } catch (RowsRejected e) {
            Map<String, HasValidation> fields = Map.of("kind", kind, "session", session, "number", number, "title", title, "body", body,
                    "proposer", newLead, "category", category, "agency", agency, "assignedOn", assignedOn);
            e.errors().forEach(err -> {
                HasValidation f = fields.get(err.column().code());
                if (f != null) {
                    f.setErrorMessage(t("proposals.intake.error." + err.code()));
                    f.setInvalid(true);
                }
            });
            IntakeNotices.error(this, e);
        } catch (UseCaseException e) {
            if ("duplicate-number".equals(e.code())) {
                number.setErrorMessage(t("proposals.intake.error.duplicate-number"));
                number.setInvalid(true);
            }
            IntakeNotices.error(this, e);
        }
    }

    private void clearErrors() {
        Arrays.<HasValidation>asList(session, number, title, body, newLead, category, agency, assignedOn).forEach(f -> f.setInvalid(false));
    }

    @Override
    public String getPageTitle() {
        return t("proposals.intake.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
