package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.identity.PermissionCatalog;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.identity.Roles;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.attachment.Attachment;
import cn.huiyin.proposals.domain.attachment.AttachmentRepository;
import cn.huiyin.proposals.domain.attachment.AttachmentSummary;
import cn.huiyin.proposals.domain.proposer.ItemFacts;
import cn.huiyin.proposals.domain.proposer.ProposerItemRepository;
import cn.huiyin.proposals.domain.proposer.Rating;
import cn.huiyin.proposals.domain.proposer.RatingCode;
import cn.huiyin.proposals.domain.proposer.RatingRepository;
import cn.huiyin.proposals.domain.workflow.ItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The proposer's portal (代表委员端): a proposer is a member of their district and sees, across
 * the district's agencies, only the items whose proposer account is theirs — anyone else's item
 * answers exactly like a missing one. Each agency is read in its own transaction bound to it
 * (row-level security stays on), like district oversight. Rating goes through
 * {@link ItemRatings} with the proposer role, authorised by being the item's proposer.
 */
@ApplicationScoped
public class ProposerPortal {

    public record PortalItem(long id, String agency, String agencyNameZh, String agencyNameEn, String kind, String session,
                             String number, String title, String state, LocalDate assignedOn, LocalDate repliedOn,
                             String outcome, String rating, long version) {
    }

    public record HistoryLine(Instant at, String action, String from, String to) {
    }

    public record RatingLine(int round, String rating, String comment, boolean onPaper, Instant at) {
    }

    /** One item as its proposer sees it: no internal names, only what happened and what was answered. */
    public record PortalDetail(PortalItem item, String body, List<ItemFacts.Deadline> deadlines, ItemFacts.Reply reply,
                               List<ItemFacts.Milestone> plan, List<HistoryLine> history, List<RatingLine> ratings,
                               List<AttachmentSummary> letters, boolean canRate) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    PermissionCatalog permissions;

    @Inject
    TenantContext tenants;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ModuleSwitches switches;

    @Inject
    InAgency inAgency;

    /** The caller's items in every agency of their district, newest assignment first. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<PortalItem> myItems() {
        String me = proposer();
        List<PortalItem> all = new ArrayList<>();
        for (Organization agency : agencies()) {
            all.addAll(inAgency.items(agency, me));
        }
        all.sort(Comparator.comparing(PortalItem::assignedOn).reversed().thenComparing(PortalItem::id, Comparator.reverseOrder()));
        return all;
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PortalDetail myItem(long itemId) {
        String me = proposer();
        return first(agency -> inAgency.detail(agency, itemId, me), itemId);
    }

    /** Rates the caller's replied item for the current round; answers the item as it is now. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public PortalDetail rate(long itemId, String rating, String comment, long expectedVersion) {
        String me = proposer();
        RatingCode code = ItemRatings.code(rating);
        Organization agency = first(a -> inAgency.rate(a, itemId, me, code, comment, expectedVersion), itemId);
        return inAgency.detail(agency, itemId, me).orElseThrow();
    }

    /** A reply letter of the caller's item, to download. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Attachment letter(long itemId, long attachmentId) {
        String me = proposer();
        return first(agency -> inAgency.letter(agency, itemId, attachmentId, me), itemId);
    }

    private <T> T first(Function<Organization, Optional<T>> inOneAgency, long itemId) {
        for (Organization agency : agencies()) {
            Optional<T> found = inOneAgency.apply(agency);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw UseCaseException.notFound("Item " + itemId);
    }

    private String proposer() {
        Caller who = caller.require();
        if (!permissions.permissionsOf(who.roles()).contains(ProposalsModule.PORTAL)) {
            throw new UseCaseException(UseCaseException.Kind.FORBIDDEN, "forbidden",
                    "Only proposers have a portal (" + ProposalsModule.PORTAL + ").");
        }
        return who.username();
    }

    /** The active agencies of the caller's district that have the module on; none without a district. */
    private List<Organization> agencies() {
        return tenants.organization().filter(o -> o.getKind() == Organization.Kind.DISTRICT)
                .map(d -> organizations.agenciesOf(d.getAlias()).stream()
                        .filter(a -> a.isActive() && switches.isEnabled(a.getAlias(), ProposalsModule.ID)).toList())
                .orElse(List.of());
    }

    /** One agency per transaction: a transaction serves one tenant only. */
    @ApplicationScoped
    public static class InAgency {

        @Inject
        TenantContext tenants;

        @Inject
        ProposerItemRepository mine;

        @Inject
        ProposalItemRepository items;

        @Inject
        ItemFacts facts;

        @Inject
        RatingRepository ratings;

        @Inject
        AttachmentRepository attachments;

        @Inject
        ItemRatings rater;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<PortalItem> items(Organization agency, String proposer) {
            tenants.actFor(agency.getAlias());
            try {
                return mine.of(proposer).stream().map(i -> view(agency, i)).toList();
            } finally {
                tenants.stopActing();
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<PortalDetail> detail(Organization agency, long itemId, String proposer) {
            tenants.actFor(agency.getAlias());
            try {
                return mine.find(itemId, proposer).map(i -> detail(agency, i));
            } finally {
                tenants.stopActing();
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<Organization> rate(Organization agency, long itemId, String proposer, RatingCode code, String comment,
                                           long expectedVersion) {
            tenants.actFor(agency.getAlias());
            try {
                Optional<ProposalItem> item = mine.find(itemId, proposer);
                item.ifPresent(i -> rater.record(i, code, comment, expectedVersion, false, Set.of(Roles.PROPOSER), proposer));
                return item.map(i -> agency);
            } finally {
                tenants.stopActing();
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<Attachment> letter(Organization agency, long itemId, long attachmentId, String proposer) {
            tenants.actFor(agency.getAlias());
            try {
                return mine.find(itemId, proposer).flatMap(i -> attachments.find(itemId, attachmentId))
                        .filter(a -> Attachment.REPLY_LETTER.equals(a.getKind()));
            } finally {
                tenants.stopActing();
            }
        }

        private PortalDetail detail(Organization agency, ProposalItem i) {
            List<HistoryLine> history = items.history(i.getId()).stream()
                    .map((ItemHistoryEntry h) -> new HistoryLine(h.getAt(), h.getAction(), h.getFromState(), h.getToState()))
                    .toList();
            List<RatingLine> given = ratings.of(i.getId()).stream()
                    .map((Rating r) -> new RatingLine(r.getRound(), r.getRating(), r.getComment(), r.isOnPaper(), r.getAt()))
                    .toList();
            List<AttachmentSummary> letters = attachments.of(i.getId()).stream()
                    .filter(a -> Attachment.REPLY_LETTER.equals(a.kind())).toList();
            return new PortalDetail(view(agency, i), i.getBody(), facts.deadlines(i.getId()),
                    facts.latestReply(i.getId(), true).orElse(null), facts.plan(i.getId()), history, given, letters,
                    i.currentState() == ItemState.REPLIED);
        }

        private static PortalItem view(Organization agency, ProposalItem i) {
            return new PortalItem(i.getId(), agency.getAlias(), agency.getNameZh(), agency.getNameEn(), i.getKind(), i.getSession(),
                    i.getNumber(), i.getTitle(), i.getState(), i.getAssignedOn(), i.getRepliedOn(), i.getOutcome(), i.getRating(),
                    i.getVersion());
        }
    }
}
