package cn.huiyin.proposals.infrastructure;

import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.domain.attachment.Attachment;
import cn.huiyin.proposals.domain.attachment.AttachmentRepository;
import cn.huiyin.proposals.domain.attachment.AttachmentSummary;
import cn.huiyin.proposals.domain.letter.ReplyTemplate;
import cn.huiyin.proposals.domain.letter.ReplyTemplateRepository;
import cn.huiyin.proposals.domain.proposer.Rating;
import cn.huiyin.proposals.domain.proposer.RatingRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.List;
import java.util.Optional;

/** Ratings, attachments and reply templates of the current agency, each through {@link TenantScoped}. */
public final class JpaProposerSideRepositories {

    private JpaProposerSideRepositories() {
    }

    abstract static class Scoped {
        @PersistenceContext(unitName = "proposals")
        EntityManager em;

        @Inject
        TenantContext tenants;

        @Resource
        TransactionSynchronizationRegistry tx;

        EntityManager em() {
            return TenantScoped.bind(em, tenants, tx);
        }
    }

    @ApplicationScoped
    public static class Ratings extends Scoped implements RatingRepository {

        @Override
        public List<Rating> of(long itemId) {
            return em().createQuery("select r from Rating r where r.itemId = :item order by r.round", Rating.class)
                    .setParameter("item", itemId).getResultList();
        }

        @Override
        public void add(Rating rating) {
            em().persist(rating);
        }
    }

    @ApplicationScoped
    public static class Attachments extends Scoped implements AttachmentRepository {

        @Override
        public List<AttachmentSummary> of(long itemId) {
            // only the columns of a list: listing never loads the files themselves
            List<Object[]> rows = em().createQuery("""
                            select a.id, a.itemId, a.kind, a.filename, a.mediaType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt
                            from Attachment a where a.itemId = :item order by a.uploadedAt, a.id""", Object[].class)
                    .setParameter("item", itemId).getResultList();
            return rows.stream().map(r -> new AttachmentSummary((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).longValue(), (String) r[6], (String) r[7], (java.time.Instant) r[8])).toList();
        }

        @Override
        public Optional<Attachment> find(long itemId, long attachmentId) {
            return Optional.ofNullable(em().find(Attachment.class, attachmentId)).filter(a -> a.getItemId() == itemId);
        }

        @Override
        public Attachment add(Attachment attachment) {
            em().persist(attachment);
            return attachment;
        }

        @Override
        public void flush() {
            em().flush();
        }
    }

    @ApplicationScoped
    public static class Templates extends Scoped implements ReplyTemplateRepository {

        @Override
        public List<ReplyTemplate> all() {
            return em().createQuery("select t from ReplyTemplate t order by t.name", ReplyTemplate.class).getResultList();
        }

        @Override
        public Optional<ReplyTemplate> find(long id) {
            return Optional.ofNullable(em().find(ReplyTemplate.class, id));
        }

        @Override
        public Optional<ReplyTemplate> findByName(String name) {
            return em().createQuery("select t from ReplyTemplate t where t.name = :n", ReplyTemplate.class)
                    .setParameter("n", name).getResultStream().findFirst();
        }

        @Override
        public ReplyTemplate add(ReplyTemplate template) {
            em().persist(template);
            return template;
        }

        @Override
        public void remove(ReplyTemplate template) {
            em().remove(template);
        }

        @Override
        public void flush() {
            em().flush();
        }
    }
}
