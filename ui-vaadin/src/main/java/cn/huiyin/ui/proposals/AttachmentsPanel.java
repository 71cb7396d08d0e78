package cn.huiyin.ui.proposals;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.CallerPermissions;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ItemAttachments;
import cn.huiyin.proposals.application.ReplyLetters;
import cn.huiyin.proposals.domain.attachment.Attachment;
import cn.huiyin.proposals.domain.attachment.AttachmentSummary;
import cn.huiyin.proposals.domain.letter.ReplyTemplate;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.inject.spi.CDI;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * On the staff item page: the item's files (download), and for those who handle items an upload
 * (PDF/DOCX, judged by content on the server) and a reply letter generated from a template.
 */
public class AttachmentsPanel extends VerticalLayout implements BeforeEnterObserver {

    private final Div files = new Div();
    private final VerticalLayout controls = new VerticalLayout();
    private long itemId;

    public AttachmentsPanel() {
        setId("attachments");
        setPadding(false);
        files.setId("attachment-list");
        controls.setPadding(false);
        add(new H3(getTranslation("attachments.heading")), files, controls);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = event.getRouteParameters().getLong(ProposalItemView.ID_PARAMETER).orElse(-1L);
        if (!showFiles()) {
            setVisible(false);
            return;
        }
        controls.removeAll();
        if (bean(CallerPermissions.class).has(ProposalsModule.HANDLE)) {
            controls.add(uploader(), generator());
        }
    }

    private boolean showFiles() {
        List<AttachmentSummary> list;
        try {
            list = bean(ItemAttachments.class).list(itemId);
        } catch (UseCaseException | TenantContext.NoTenantException e) {
            return false;
        }
        files.removeAll();
        for (AttachmentSummary a : list) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
                Attachment file = bean(ItemAttachments.class).download(itemId, a.id());
                return new DownloadResponse(new ByteArrayInputStream(file.getContent()), file.getFilename(), file.getMediaType(),
                        file.getSizeBytes());
            }), a.filename());
            download.getElement().setAttribute("download", true);
            download.setId("attachment-" + a.id());
            files.add(new Div(download, new com.vaadin.flow.component.html.Span(" · " + getTranslation("attachments.kind." + a.kind())
                    + " · " + (a.sizeBytes() + 1023) / 1024 + " KB · " + a.uploadedBy())));
        }
        if (list.isEmpty()) {
            files.setText(getTranslation("attachments.none"));
        }
        return true;
    }

    private HorizontalLayout uploader() {
        ComboBox<String> kind = new ComboBox<>(getTranslation("attachments.kind"));
        kind.setId("attachment-kind");
        kind.setItems(Attachment.REPLY_LETTER, Attachment.OTHER);
        kind.setItemLabelGenerator(k -> getTranslation("attachments.kind." + k));
        kind.setValue(Attachment.REPLY_LETTER);
        UI ui = UI.getCurrent();
        long maxBytes = bean(ItemAttachments.class).maxBytes();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String message;
            boolean ok;
            try {
                bean(ItemAttachments.class).upload(itemId, kind.getValue(), meta.fileName(), bytes);
                message = getTranslation("attachments.uploaded", meta.fileName());
                ok = true;
            } catch (UseCaseException e) {
                message = getTranslation("attachments.error." + e.code());
                ok = false;
            }
            String text = message;
            boolean success = ok;
            ui.access(() -> {
                Notification.show(text).addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
                showFiles();
            });
        }));
        upload.setId("attachment-upload");
        upload.setMaxFiles(1);
        // the browser's hints; the server judges the content anyway
        upload.setAcceptedFileTypes(".pdf", ".docx", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> Notification.show(getTranslation("attachments.error.too-large"))
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        HorizontalLayout row = new HorizontalLayout(kind, upload);
        row.setDefaultVerticalComponentAlignment(Alignment.END);
        return row;
    }

    private HorizontalLayout generator() {
        ComboBox<ReplyTemplate> template = new ComboBox<>(getTranslation("attachments.template"));
        template.setId("letter-template");
        try {
            template.setItems(bean(ReplyLetters.class).templates());
        } catch (UseCaseException e) {
            template.setItems(List.of());
        }
        template.setItemLabelGenerator(ReplyTemplate::getName);
        Button generate = new Button(getTranslation("attachments.generate"), e -> {
            if (template.getValue() == null) {
                template.setInvalid(true);
                return;
            }
            try {
                AttachmentSummary letter = bean(ReplyLetters.class).generate(itemId, template.getValue().getId());
                Notification.show(getTranslation("attachments.generated", letter.filename()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showFiles();
            } catch (UseCaseException refused) {
                Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        generate.setId("letter-generate");
        HorizontalLayout row = new HorizontalLayout(template, generate);
        row.setDefaultVerticalComponentAlignment(Alignment.END);
        return row;
    }

    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
