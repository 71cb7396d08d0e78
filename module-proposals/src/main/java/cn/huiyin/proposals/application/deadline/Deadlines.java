package cn.huiyin.proposals.application.deadline;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.audit.AuditLog;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.proposals.application.ItemRegistered;
import cn.huiyin.proposals.application.ItemTransitioned;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.ProposalItemRepository;
import cn.huiyin.proposals.domain.deadline.Deadline;
import cn.huiyin.proposals.domain.deadline.DeadlineKind;
import cn.huiyin.proposals.domain.deadline.DeadlinePlan;
import cn.huiyin.proposals.domain.deadline.DeadlineRepository;
import cn.huiyin.proposals.domain.deadline.DistrictCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An item's deadlines: set when it is registered (acknowledgement, reply), met and started by its
 * workflow actions ({@link DeadlinePlan}), in the transaction of the registration or action, so
 * a refused action changes no deadline either. Dates are counted in the agency's district
 * calendar; "today" is Beijing time from the application's {@link Clock}.
 */
@ApplicationScoped
public class Deadlines {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** An open deadline with its item, for the overdue list. */
    public record DueItem(DeadlineView deadline, String number, String title, String state, String handler, String leader) {
    }

    @Inject
    DeadlineRepository deadlines;

    @Inject
    ProposalItemRepository items;

    @Inject
    WorkingCalendar calendar;

    @Inject
    TenantContext tenants;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    void onRegistered(@Observes ItemRegistered registered) {
        InTenant.run(tenants, registered.tenant(), () -> schedule(registered.tenant(), registered.itemId(), registered.assignedOn()));
    }

    void onTransitioned(@Observes ItemTransitioned transitioned) {
        InTenant.run(tenants, transitioned.tenant(), () -> apply(transitioned));
    }

    private void apply(ItemTransitioned transitioned) {
        DeadlinePlan.Effect effect = DeadlinePlan.onAction(transitioned.action());
        if (effect.starts().isEmpty() && effect.meets() != null && effect.meets().isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        for (Deadline d : deadlines.ofItem(transitioned.itemId())) {
            if (!d.isMet() && (effect.meetsAll() || effect.meets().contains(d.deadlineKind()))) {
                d.meet(now);
            }
        }
        for (DeadlineKind kind : effect.starts()) {
            start(transitioned.tenant(), transitioned.itemId(), kind, today());
        }
    }

    /** The item's deadlines, earliest first; another agency's item is not found. */
    @Transactional
    public List<DeadlineView> ofItem(long itemId) {
        item(itemId);
        String agency = tenants.requireAgency();
        DistrictCalendar cal = calendar.calendarOf(agency);
        LocalDate today = today();
        return deadlines.ofItem(itemId).stream().map(d -> DeadlineView.of(d, today, cal)).toList();
    }

    /**
     * Sets the registration deadlines an item lacks, counted from its assignment: for items that
     * came before this feature or whose registration fired no event. Changes nothing when all are there.
     */
    @Transactional
    public List<DeadlineView> scheduleMissing(long itemId) {
        ProposalItem item = item(itemId);
        String agency = tenants.requireAgency();
        List<String> added = schedule(agency, itemId, item.getAssignedOn());
        if (!added.isEmpty()) {
            audit.record("deadline.scheduled", agency, "item:" + itemId, null, String.join(",", added));
        }
        deadlines.flush();
        return ofItem(itemId);
    }

    /** The agency's open deadlines that have passed, earliest first. */
    @Transactional
    public List<DueItem> overdue() {
        String agency = tenants.requireAgency();
        DistrictCalendar cal = calendar.calendarOf(agency);
        LocalDate today = today();
        return deadlines.openDueBy(today.minusDays(1)).stream()
                .map(d -> new DueItem(DeadlineView.of(d.deadline(), today, cal), d.item().getNumber(), d.item().getTitle(),
                        d.item().getState(), d.item().getHandlerUsername(), d.item().getLeaderUsername()))
                .toList();
    }

    private List<String> schedule(String agency, long itemId, LocalDate assignedOn) {
        List<String> added = new ArrayList<>();
        for (DeadlineKind kind : DeadlinePlan.onRegistration()) {
            if (deadlines.find(itemId, kind).isEmpty()) {
                deadlines.add(new Deadline(itemId, kind, calendar.dueFrom(agency, kind, assignedOn)));
                added.add(kind.code());
            }
        }
        return added;
    }

    private void start(String agency, long itemId, DeadlineKind kind, LocalDate from) {
        LocalDate due = calendar.dueFrom(agency, kind, from);
        deadlines.find(itemId, kind).ifPresentOrElse(d -> d.restart(due), () -> deadlines.add(new Deadline(itemId, kind, due)));
    }

    private ProposalItem item(long itemId) {
        return items.find(itemId).orElseThrow(() -> UseCaseException.notFound("Item " + itemId));
    }
}
