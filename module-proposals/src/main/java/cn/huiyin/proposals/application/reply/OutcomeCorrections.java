package cn.huiyin.proposals.application.reply;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.ModuleSwitches;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.reply.Reply;
import cn.huiyin.proposals.domain.reply.ReplyRepository;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * District oversight corrects the outcome class (A/B/C) of a replied item of one of ITS OWN
 * district's agencies, with a reason: acting for that agency in a transaction of its own
 * (row-level security stays on), recorded in the item's history and audited before → after.
 * An agency of another district answers like a missing one (404).
 */
@ApplicationScoped
public class OutcomeCorrections {

    public static final int REASON_MAX = 2000;

    /** A replied item as oversight picks it. */
    public record RepliedItem(long id, String number, String title, String category, String state, String outcome,
                              LocalDate repliedOn, long version) {
    }

    /** An agency of the caller's district oversight may choose. */
    public record Agency(String alias, String nameZh, String nameEn) {
    }

    @Inject
    TenantContext tenants;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ModuleSwitches switches;

    @Inject
    InAgency inAgency;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Agency> agencies() {
        List<Agency> result = new ArrayList<>();
        for (Organization a : organizations.agenciesOf(district().getAlias())) {
            if (a.isActive() && switches.isEnabled(a.getAlias(), ProposalsModule.ID)) {
                result.add(new Agency(a.getAlias(), a.getNameZh(), a.getNameEn()));
            }
        }
        return result;
    }

    /** The agency's replied items (with an outcome), newest reply first; the read is audited. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<RepliedItem> replied(String agency) {
        return inAgency.replied(ownAgency(agency));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RepliedItem correct(String agency, long itemId, String outcome, String reason) {
        List<ReplyRules.Violation> v = new ArrayList<>();
        if (outcome == null || !ReplyRules.OUTCOMES.contains(outcome)) {
            v.add(new ReplyRules.Violation("outcome", "must be A, B or C"));
        }
        if (reason == null || reason.isBlank()) {
            v.add(new ReplyRules.Violation("reason", "a correction needs a reason"));
        } else if (reason.strip().length() > REASON_MAX) {
            v.add(new ReplyRules.Violation("reason", "at most " + REASON_MAX + " characters"));
        }
        if (!v.isEmpty()) {
            throw new ReplyRejected("validation", v);
        }
        return inAgency.correct(ownAgency(agency), itemId, outcome, reason.strip());
    }

    private Organization district() {
        return tenants.organization().filter(o -> o.getKind() == Organization.Kind.DISTRICT)
                .orElseThrow(() -> new UseCaseException(UseCaseException.Kind.FORBIDDEN, "no-district",
                        "Only district oversight corrects outcomes."));
    }

    private String ownAgency(String alias) {
        String district = district().getAlias();
        return organizations.agenciesOf(district).stream()
                .filter(a -> a.getAlias().equals(alias) && a.isActive() && switches.isEnabled(alias, ProposalsModule.ID))
                .map(Organization::getAlias).findFirst()
                .orElseThrow(() -> UseCaseException.notFound("Agency " + alias));
    }

    /** One transaction per agency, bound to it: a transaction serves one tenant only. */
    @ApplicationScoped
    public static class InAgency {

        @Inject
        TenantContext tenants;

        @Inject
        ProposalItemRepository items;

        @Inject
        ReplyRepository replies;

        @Inject
        CurrentCaller caller;

        @Inject
        AuditLog audit;

        @Inject
        Clock clock;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public List<RepliedItem> replied(String agency) {
            tenants.actFor(agency);
            try {
                List<RepliedItem> result = replies.repliedItems(500).stream().map(InAgency::view).toList();
                audit.record("oversight.replied.read", agency, "agency:" + agency, null, result.size() + " items");
                return result;
            } finally {
                tenants.stopActing();
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public RepliedItem correct(String agency, long itemId, String outcome, String reason) {
            tenants.actFor(agency);
            try {
                ProposalItem item = items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
                String before = item.getOutcome();
                if (before == null) {
                    throw UseCaseException.conflict("not-replied", "Only a replied item's outcome can be corrected.");
                }
                if (before.equals(outcome)) {
                    throw ReplyRejected.one("validation", "outcome", "is already the item's outcome");
                }
                item.correctOutcome(outcome);
                List<Reply> all = replies.ofItem(itemId);
                all.stream().filter(Reply::isApproved).reduce((a, b) -> b).ifPresent(r -> r.correctOutcome(outcome));
                items.flush();
                String who = caller.require().username();
                items.addHistory(new ItemHistoryEntry(itemId, Instant.now(clock), who, "correct_outcome", item.getState(),
                        item.getState(), before + " → " + outcome + "：" + reason));
                audit.record("oversight.outcome.corrected", agency, "item:" + itemId, before, outcome);
                return view(item);
            } finally {
                tenants.stopActing();
            }
        }

        static RepliedItem view(ProposalItem i) {
            return new RepliedItem(i.getId(), i.getNumber(), i.getTitle(), i.getCategory(), i.getState(), i.getOutcome(),
                    i.getRepliedOn(), i.getVersion());
        }
    }
}
