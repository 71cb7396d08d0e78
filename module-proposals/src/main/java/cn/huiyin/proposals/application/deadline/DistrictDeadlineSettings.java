package cn.huiyin.proposals.application.deadline;

import cn.huiyin.platform.application.CurrentCaller;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.domain.tenancy.Organization;
import cn.huiyin.platform.domain.tenancy.OrganizationRepository;
import cn.huiyin.proposals.domain.ItemHistoryEntry;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.deadline.Deadline;
import cn.huiyin.proposals.domain.deadline.DeadlineKind;
import cn.huiyin.proposals.domain.deadline.DeadlineRepository;
import cn.huiyin.proposals.domain.deadline.DeadlineRule;
import cn.huiyin.proposals.domain.deadline.DistrictSettingsRepository;
import cn.huiyin.proposals.domain.deadline.DistrictSettingsRepository.CalendarDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * District oversight keeps its district's deadline rules and calendar, and extends the reply
 * deadline of a complex item of one of its agencies (at most to the district's {@code reply_max}
 * after assignment, six months by default). Another district's agency is not found. Every change
 * is audited under the district (rules, calendar) or the agency (extension, which also goes into
 * the item's history).
 */
@ApplicationScoped
public class DistrictDeadlineSettings {

    /** A rule as the district sees it; {@code own} false means the domain's default applies. */
    public record RuleView(String kind, int amount, String unit, long version, boolean own) {
    }

    @Inject
    TenantContext tenants;

    @Inject
    OrganizationRepository organizations;

    @Inject
    DistrictSettingsRepository settings;

    @Inject
    WorkingCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    ReplyExtension extension;

    @Transactional
    public List<RuleView> rules() {
        String district = requireDistrict();
        Map<DeadlineKind, DistrictSettingsRepository.StoredRule> own = settings.rules(district);
        return Arrays.stream(DeadlineKind.values()).map(k -> {
            var stored = own.get(k);
            DeadlineRule r = stored == null ? DeadlineRule.DEFAULTS.get(k) : stored.rule();
            return new RuleView(k.code(), r.amount(), r.unit().code(), stored == null ? 0 : stored.version(), stored != null);
        }).toList();
    }

    /** @param version the rule's version the caller saw (0 for a default) */
    @Transactional
    public RuleView setRule(String kindCode, int amount, String unitCode, long version) {
        String district = requireDistrict();
        DeadlineKind kind = DeadlineKind.ofCode(kindCode)
                .orElseThrow(() -> UseCaseException.invalid("unknown-kind", "No deadline kind '" + kindCode + "'."));
        DeadlineRule.Unit unit = DeadlineRule.Unit.ofCode(unitCode)
                .orElseThrow(() -> UseCaseException.invalid("unknown-unit", "Unit must be working_days, calendar_days or months."));
        if (amount < 1 || amount > 366) {
            throw UseCaseException.invalid("bad-amount", "The amount must be 1 to 366.");
        }
        RuleView before = rules().stream().filter(r -> r.kind().equals(kind.code())).findFirst().orElseThrow();
        if (!settings.saveRule(district, new DeadlineRule(kind, amount, unit), version)) {
            throw UseCaseException.conflict("stale-version", "Somebody else changed this rule in the meantime; reload and try again.");
        }
        calendar.forget(district);
        audit.record("deadline.rule.changed", district, "rule:" + kind.code(), before.amount() + " " + before.unit(), amount + " " + unit.code());
        return rules().stream().filter(r -> r.kind().equals(kind.code())).findFirst().orElseThrow();
    }

    @Transactional
    public List<CalendarDay> days(int year) {
        return settings.days(requireDistrict(), year);
    }

    /** Lists a day as a holiday ({@code working} false) or a make-up working day (调休, true). */
    @Transactional
    public CalendarDay setDay(LocalDate day, boolean working, String name) {
        String district = requireDistrict();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw UseCaseException.invalid("bad-name", "A day needs a name of at most 100 characters.");
        }
        CalendarDay d = new CalendarDay(day, working, name.strip());
        settings.saveDay(district, d);
        calendar.forget(district);
        audit.record("deadline.calendar.day-set", district, "day:" + day, null, (working ? "working " : "off ") + d.name());
        return d;
    }

    @Transactional
    public void removeDay(LocalDate day) {
        String district = requireDistrict();
        if (!settings.removeDay(district, day)) {
            throw UseCaseException.notFound("Day " + day);
        }
        calendar.forget(district);
        audit.record("deadline.calendar.day-removed", district, "day:" + day, null, null);
    }

    /** The reply deadline of an item of an agency of the caller's district (to extend it), audited. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeadlineView replyDeadline(String agency, long itemId) {
        requireOwnAgency(agency, itemId);
        return extension.current(agency, itemId);
    }

    /** Extends the reply deadline of an item of an agency of the caller's district. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeadlineView extendReply(String agency, long itemId, LocalDate dueOn, String reason, long version) {
        requireOwnAgency(agency, itemId);
        if (reason == null || reason.isBlank()) {
            throw UseCaseException.invalid("reason-required", "An extension needs a reason.");
        }
        return extension.extend(agency, itemId, dueOn, reason.strip(), version);
    }

    /** Another district's agency, or no agency at all, answers like a missing item. */
    private void requireOwnAgency(String agency, long itemId) {
        String district = requireDistrict();
        boolean ours = organizations.findActiveByAlias(agency)
                .filter(o -> o.getKind() == Organization.Kind.AGENCY && district.equals(o.getDistrictAlias())).isPresent();
        if (!ours) {
            throw UseCaseException.notFound("Item " + itemId);
        }
    }

    /** The district the caller oversees. */
    public String requireDistrict() {
        return tenants.organization().filter(o -> o.getKind() == Organization.Kind.DISTRICT).map(Organization::getAlias)
                .orElseThrow(() -> new UseCaseException(UseCaseException.Kind.FORBIDDEN, "no-district",
                        "Only district oversight keeps a district's deadline settings."));
    }

    /** One agency's item, in a transaction bound to that agency (row-level security stays on). */
    @ApplicationScoped
    public static class ReplyExtension {

        @Inject
        TenantContext tenants;

        @Inject
        ProposalItemRepository items;

        @Inject
        DeadlineRepository deadlines;

        @Inject
        WorkingCalendar calendar;

        @Inject
        CurrentCaller caller;

        @Inject
        AuditLog audit;

        @Inject
        Clock clock;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public DeadlineView current(String agency, long itemId) {
            tenants.actFor(agency);
            try {
                items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
                Deadline reply = deadlines.find(itemId, DeadlineKind.REPLY)
                        .orElseThrow(() -> UseCaseException.notFound("Reply deadline of item " + itemId));
                audit.record("deadline.reply.read", agency, "item:" + itemId, null, reply.getDueOn().toString());
                return DeadlineView.of(reply, LocalDate.now(clock.withZone(Deadlines.ZONE)), calendar.calendarOf(agency));
            } finally {
                tenants.stopActing();
            }
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public DeadlineView extend(String agency, long itemId, LocalDate dueOn, String reason, long version) {
            tenants.actFor(agency);
            try {
                ProposalItem item = items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
                Deadline reply = deadlines.find(itemId, DeadlineKind.REPLY)
                        .orElseThrow(() -> UseCaseException.conflict("no-deadline", "The item has no reply deadline."));
                if (reply.getVersion() != version) {
                    throw UseCaseException.conflict("stale-version", "Somebody else changed this deadline in the meantime; reload and try again.");
                }
                if (reply.isMet()) {
                    throw UseCaseException.conflict("deadline-met", "The item was replied to already.");
                }
                if (!dueOn.isAfter(reply.getDueOn())) {
                    throw UseCaseException.invalid("not-later", "An extension must be later than " + reply.getDueOn() + ".");
                }
                LocalDate max = calendar.dueFrom(agency, DeadlineKind.REPLY_MAX, item.getAssignedOn());
                if (dueOn.isAfter(max)) {
                    throw UseCaseException.invalid("beyond-maximum", "A reply deadline may be extended to " + max + " at the latest.");
                }
                LocalDate before = reply.getDueOn();
                String who = caller.require().username();
                reply.extendTo(dueOn, who);
                deadlines.flush();
                items.addHistory(new ItemHistoryEntry(itemId, Instant.now(clock), who, "extend_reply_deadline",
                        item.getState(), item.getState(), reason));
                audit.record("deadline.reply.extended", agency, "item:" + itemId, before.toString(), dueOn.toString());
                return DeadlineView.of(reply, LocalDate.now(clock.withZone(Deadlines.ZONE)), calendar.calendarOf(agency));
            } finally {
                tenants.stopActing();
            }
        }
    }
}
