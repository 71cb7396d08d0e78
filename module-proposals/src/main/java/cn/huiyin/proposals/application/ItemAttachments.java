package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.attachment.Attachment;
import cn.huiyin.proposals.domain.attachment.AttachmentRepository;
import cn.huiyin.proposals.domain.attachment.AttachmentSummary;
import cn.huiyin.proposals.domain.attachment.FileType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Files of an item, kept in the database: only PDF or DOCX as their content shows (never the
 * name or the client's type), at most {@code proposals.attachments.max-bytes} (default 10 MB).
 * A refused file is a 400 ({@code unsupported-file}, {@code too-large}) and nothing is stored.
 */
@ApplicationScoped
public class ItemAttachments {

    public static final Set<String> KINDS = Set.of(Attachment.REPLY_LETTER, Attachment.OTHER);

    @Inject
    ProposalItemRepository items;

    @Inject
    AttachmentRepository attachments;

    @Inject
    TenantContext tenants;

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog permissions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "proposals.attachments.max-bytes", defaultValue = "10485760")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads at most one byte more than allowed: a larger upload is refused without reading it all. */
    public byte[] read(InputStream in) {
        try (in) {
            byte[] head = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (head.length > maxBytes) {
                throw tooLarge();
            }
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    @Transactional
    public AttachmentSummary upload(long itemId, String kind, String filename, byte[] content) {
        require(ProposalsModule.HANDLE);
        return store(itemId, kind, filename, content);
    }

    @Transactional
    public List<AttachmentSummary> list(long itemId) {
        require("proposals.read");
        items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        return attachments.of(itemId);
    }

    @Transactional
    public Attachment download(long itemId, long attachmentId) {
        require("proposals.read");
        items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        return attachments.find(itemId, attachmentId).orElseThrow(() -> UseCaseException.notFound("Attachment " + attachmentId));
    }

    /** Checks and stores a file of the current agency's item (also for generated letters). */
    @Transactional(Transactional.TxType.MANDATORY)
    public AttachmentSummary store(long itemId, String kind, String filename, byte[] content) {
        if (kind == null || !KINDS.contains(kind)) {
            throw UseCaseException.invalid("unknown-kind", "An attachment is a reply_letter or other.");
        }
        String tenant = tenants.requireAgency();
        items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        if (content == null || content.length == 0) {
            throw UseCaseException.invalid("unsupported-file", "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        FileType type = FileType.sniff(content).orElseThrow(() -> UseCaseException.invalid("unsupported-file",
                "Only PDF and DOCX files are accepted (judged by their content, not their name)."));
        String name = safeName(filename, type);
        Attachment a = attachments.add(new Attachment(itemId, kind, name, type, content, sha256(content),
                caller.require().username(), Instant.now(clock)));
        attachments.flush();
        audit.record("item.attachment.add", tenant, "item:" + itemId, null, kind + " " + name + " sha256:" + a.getSha256());
        return AttachmentSummary.of(a);
    }

    private UseCaseException tooLarge() {
        return UseCaseException.invalid("too-large", "A file has at most " + maxBytes + " bytes.");
    }

    private void require(String permission) {
        Caller who = caller.require();
        if (!permissions.permissionsOf(who.roles()).contains(permission)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden", "Your role does not allow this (" + permission + ").");
        }
    }

    /** The last path segment without control characters, at most 150 characters, ending in the sniffed type's extension. */
    static String safeName(String filename, FileType type) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 150) {
            name = name.substring(0, 150);
        }
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(type.extension()) ? name : name + type.extension();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
