package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.intake.RowsRejected;
import cn.huiyin.proposals.application.intake.SessionListImport;
import cn.huiyin.proposals.domain.intake.CheckedRow;
import cn.huiyin.proposals.domain.intake.RowError;
import cn.huiyin.proposals.domain.intake.SessionListColumn;
import cn.huiyin.proposals.domain.intake.SessionListFile;
import cn.huiyin.ui.shell.HomeView;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 导入交办清单, a three-step wizard: (1) download the template, (2) upload the filled list and
 * see every row with its errors, (3) confirm — enabled only when every row is valid — imports
 * all rows at once. The file is checked again on confirmation; nothing is stored before.
 */
@Route(value = ImportSessionListView.ROUTE, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class ImportSessionListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "district/import";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SessionListImport imports;
    private final CallerPermissions permissions;
    private final Grid<CheckedRow> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button confirm = new Button();
    private byte[] uploaded;

    @Inject
    public ImportSessionListView(SessionListImport imports, CallerPermissions permissions) {
        this.imports = imports;
        this.permissions = permissions;
        setId("import-session-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permissions.has(ProposalsModule.REGISTER)) {
            event.forwardTo(HomeView.class);
            return;
        }
        if (getComponentCount() == 0) {
            build();
        }
    }

    private void build() {
        Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] file = imports.template();
            return new DownloadResponse(new ByteArrayInputStream(file), "交办清单模板.xlsx", XLSX, file.length);
        }), t("proposals.import.template"));
        template.setId("import-template");
        template.setRouterIgnore(true);

        // the upload is received outside this view's request: back into the UI through its lock
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> check(bytes))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SessionListFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", XLSX);
        upload.addFileRejectedListener(e -> IntakeNotices.show(t("proposals.intake.error.file-too-large"), "intake-error", true));

        summary.setId("import-summary");
        preview.setId("import-preview");
        preview.addColumn(r -> r.source().row()).setHeader(t("proposals.import.row")).setKey("row").setAutoWidth(true);
        preview.addColumn(r -> value(r, SessionListColumn.NUMBER)).setHeader(t("proposals.list.number")).setKey("number").setAutoWidth(true);
        preview.addColumn(r -> value(r, SessionListColumn.TITLE)).setHeader(t("proposals.list.title")).setKey("title").setFlexGrow(1);
        preview.addColumn(r -> value(r, SessionListColumn.PROPOSER)).setHeader(t("proposals.list.proposer")).setKey("proposer").setAutoWidth(true);
        preview.addColumn(r -> value(r, SessionListColumn.AGENCY)).setHeader(t("proposals.district.agency")).setKey("agency").setAutoWidth(true);
        preview.addColumn(r -> r.valid() ? t("proposals.import.ok") : r.errors().stream().map(this::error).collect(Collectors.joining("；")))
                .setHeader(t("proposals.import.check")).setKey("errors").setFlexGrow(1);
        preview.setPartNameGenerator(r -> r.valid() ? null : "import-invalid");
        preview.setHeight("28em");

        confirm.setText(t("proposals.import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());

        add(new H2(t("proposals.import.heading")),
                new H3(t("proposals.import.step1")), template,
                new H3(t("proposals.import.step2")), upload, summary, preview,
                new H3(t("proposals.import.step3")), new Span(t("proposals.import.step3.help")), confirm);
    }

    private void check(byte[] bytes) {
        uploaded = null;
        confirm.setEnabled(false);
        try {
            SessionListImport.Preview p = imports.preview(bytes);
            preview.setItems(p.rows());
            summary.setText(t("proposals.import.summary", p.rows().size(), p.invalidRows()));
            if (p.importable()) {
                uploaded = bytes;
                confirm.setEnabled(true);
            }
        } catch (UseCaseException e) {
            preview.setItems(List.of());
            summary.setText("");
            IntakeNotices.error(this, e);
        }
    }

    private void confirm() {
        if (uploaded == null) {
            return;
        }
        try {
            SessionListImport.Imported done = imports.confirm(uploaded);
            IntakeNotices.done(t("proposals.import.done", done.items()));
            summary.setText(t("proposals.import.done", done.items()));
            preview.setItems(List.of());
        } catch (RowsRejected e) {
            summary.setText(t("proposals.import.rejected", e.errors().size()));
            IntakeNotices.error(this, e);
        } catch (UseCaseException e) {
            IntakeNotices.error(this, e);
        } finally {
            uploaded = null;
            confirm.setEnabled(false);
        }
    }

    private static String value(CheckedRow r, SessionListColumn c) {
        String v = r.source().get(c);
        return v == null ? "" : v;
    }

    private String error(RowError e) {
        return t("proposals.import.column." + e.column().code()) + "：" + t("proposals.intake.error." + e.code());
    }

    @Override
    public String getPageTitle() {
        return t("proposals.import.heading") + " · " + t("app.name");
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
