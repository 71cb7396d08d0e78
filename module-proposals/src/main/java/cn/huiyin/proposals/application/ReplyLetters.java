package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.attachment.Attachment;
import cn.huiyin.proposals.domain.attachment.AttachmentSummary;
import cn.huiyin.proposals.domain.letter.LetterWriter;
import cn.huiyin.proposals.domain.letter.ReplyTemplate;
import cn.huiyin.proposals.domain.letter.ReplyTemplateRepository;
import cn.huiyin.proposals.domain.letter.TemplateText;
import cn.huiyin.proposals.domain.proposer.ItemFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The agency's reply-letter templates (agency admin and leader keep them) and letters generated
 * from one for an item: the template's placeholders filled from the item and its latest reply,
 * written as DOCX and attached to the item as its reply letter.
 */
@ApplicationScoped
public class ReplyLetters {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    ReplyTemplateRepository templates;

    @Inject
    ProposalItemRepository items;

    @Inject
    ItemFacts facts;

    @Inject
    ItemAttachments attachments;

    @Inject
    LetterWriter writer;

    @Inject
    OrganizationRepository organizations;

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

    /** Every template of the agency, by name (whoever reads items may choose one). */
    @Transactional
    public List<ReplyTemplate> templates() {
        require("proposals.read");
        return templates.all();
    }

    @Transactional
    public ReplyTemplate template(long id) {
        require("proposals.read");
        return templates.find(id).orElseThrow(() -> UseCaseException.notFound("Template " + id));
    }

    @Transactional
    public ReplyTemplate create(String name, String body) {
        require(ProposalsModule.TEMPLATES);
        String tenant = tenants.requireAgency();
        check(name, body);
        if (templates.findByName(name.strip()).isPresent()) {
            throw UseCaseException.conflict("name-taken", "The agency already has a template named " + name.strip() + ".");
        }
        ReplyTemplate t = templates.add(new ReplyTemplate(name, body));
        templates.flush();
        audit.record("reply_template.create", tenant, "reply_template:" + t.getId(), null, t.getName());
        return t;
    }

    @Transactional
    public ReplyTemplate update(long id, String name, String body, long expectedVersion) {
        require(ProposalsModule.TEMPLATES);
        String tenant = tenants.requireAgency();
        ReplyTemplate t = templates.find(id).orElseThrow(() -> UseCaseException.notFound("Template " + id));
        if (t.getVersion() != expectedVersion) {
            throw UseCaseException.conflict("stale-version", "Somebody else changed this template in the meantime; reload and try again.");
        }
        check(name, body);
        if (templates.findByName(name.strip()).filter(other -> !other.getId().equals(t.getId())).isPresent()) {
            throw UseCaseException.conflict("name-taken", "The agency already has a template named " + name.strip() + ".");
        }
        String before = t.getName();
        t.change(name, body);
        templates.flush();
        audit.record("reply_template.update", tenant, "reply_template:" + id, before, t.getName());
        return t;
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        require(ProposalsModule.TEMPLATES);
        String tenant = tenants.requireAgency();
        ReplyTemplate t = templates.find(id).orElseThrow(() -> UseCaseException.notFound("Template " + id));
        if (t.getVersion() != expectedVersion) {
            throw UseCaseException.conflict("stale-version", "Somebody else changed this template in the meantime; reload and try again.");
        }
        templates.remove(t);
        templates.flush();
        audit.record("reply_template.delete", tenant, "reply_template:" + id, t.getName(), null);
    }

    /** Generates the item's reply letter from a template and attaches it (kind reply_letter). */
    @Transactional
    public AttachmentSummary generate(long itemId, long templateId) {
        require(ProposalsModule.HANDLE);
        String tenant = tenants.requireAgency();
        ProposalItem item = items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
        ReplyTemplate template = templates.find(templateId).orElseThrow(() -> UseCaseException.notFound("Template " + templateId));
        String reply = facts.latestReply(itemId, false)
                .map(r -> r.explanation() == null || r.explanation().isBlank() ? r.body() : r.body() + "\n" + r.explanation())
                .orElse("");
        String agency = organizations.findActiveByAlias(tenant).map(Organization::getNameZh).orElse(tenant);
        String text = TemplateText.render(template.getBody(), Map.of("proposer", item.getProposer(), "title", item.getTitle(),
                "number", item.getNumber(), "reply", reply, "agency", agency, "date", CHINESE_DATE.format(LocalDate.now(clock))));
        byte[] docx = writer.docx("答复函", text);
        AttachmentSummary letter = attachments.store(itemId, Attachment.REPLY_LETTER, "答复函-" + item.getNumber() + ".docx", docx);
        audit.record("item.reply_letter.generate", tenant, "item:" + itemId, null, "template " + template.getName());
        return letter;
    }

    private static void check(String name, String body) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw UseCaseException.invalid("invalid-name", "A template needs a name of 1 to 100 characters.");
        }
        if (body == null || body.isBlank() || body.length() > 20000) {
            throw UseCaseException.invalid("invalid-body", "A template needs a text of 1 to 20000 characters.");
        }
        try {
            TemplateText.requireKnownPlaceholders(body);
        } catch (IllegalArgumentException e) {
            throw UseCaseException.invalid("unknown-placeholder", e.getMessage());
        }
    }

    private void require(String permission) {
        Caller who = caller.require();
        if (!permissions.permissionsOf(who.roles()).contains(permission)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden", "Your role does not allow this (" + permission + ").");
        }
    }
}
