package cn.huiyin.proposals.application.reminder;

import cn.huiyin.platform.domain.tenancy.Membership;
import cn.huiyin.platform.domain.tenancy.TenancyRepository;
import cn.huiyin.platform.application.tenancy.TenantContext;
import cn.huiyin.platform.infrastructure.persistence.TenantScoped;
import cn.huiyin.proposals.application.NotificationRequested;
import cn.huiyin.proposals.application.deadline.WorkingCalendar;
import cn.huiyin.proposals.domain.ProposalItem;
import cn.huiyin.proposals.domain.deadline.Deadline;
import cn.huiyin.proposals.domain.deadline.DeadlineKind;
import cn.huiyin.proposals.domain.deadline.DeadlineRepository;
import cn.huiyin.proposals.domain.deadline.DistrictCalendar;
import cn.huiyin.proposals.domain.deadline.Urgency;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One agency's share of the reminder run, inside that agency's transaction: every open deadline
 * that is due soon or overdue as of the day reminds each of its people once per stage. The row in
 * proposal_reminder_sent comes first (its key is deadline, stage, recipient); only a new row sends
 * a {@link NotificationRequested} (in the app now, by mail after the commit).
 */
@ApplicationScoped
public class AgencyReminders {

    /** How far ahead to look before the calendar decides: three working days never span more. */
    private static final int LOOK_AHEAD_DAYS = 31;

    @PersistenceContext(unitName = "proposals")
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Resource
    TransactionSynchronizationRegistry tx;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    WorkingCalendar calendar;

    @Inject
    TenancyRepository tenancy;

    @Inject
    Event<NotificationRequested> notify;

    @Inject
    Clock clock;

    /** @return reminders sent now */
    public int remind(String agency, LocalDate asOf, Set<String> supervisorsAnywhere) {
        DistrictCalendar cal = calendar.calendarOf(agency);
        Set<String> supervisors = new LinkedHashSet<>();
        for (Membership m : tenancy.membersOf(agency)) {
            if (m.isActive() && supervisorsAnywhere.contains(m.getUsername().toLowerCase(Locale.ROOT))) {
                supervisors.add(m.getUsername());
            }
        }
        int sent = 0;
        for (DeadlineRepository.Due due : deadlines.openDueBy(asOf.plusDays(LOOK_AHEAD_DAYS))) {
            Urgency urgency = due.deadline().urgency(asOf, cal);
            if (urgency != Urgency.OVERDUE && urgency != Urgency.DUE_SOON) {
                continue;
            }
            String stage = urgency == Urgency.OVERDUE ? "overdue" : "due_soon";
            if (DeadlineKind.FEEDBACK.code().equals(due.deadline().getKind()) && urgency == Urgency.DUE_SOON) {
                continue; // nothing for the agency to do before the proposer's window ends
            }
            Set<String> people = new LinkedHashSet<>();
            if (due.item().getHandlerUsername() != null) {
                people.add(due.item().getHandlerUsername());
            }
            if (due.item().getLeaderUsername() != null) {
                people.add(due.item().getLeaderUsername());
            }
            people.addAll(supervisors);
            for (String person : people) {
                if (recordOnce(agency, due.deadline(), stage, person)) {
                    notify.fire(notification(agency, person, stage, due.deadline(), due.item(), cal.workingDaysBetween(asOf, due.deadline().getDueOn())));
                    sent++;
                }
            }
        }
        return sent;
    }

    /** True when this (deadline, stage, person) was not reminded before. */
    private boolean recordOnce(String agency, Deadline d, String stage, String person) {
        return TenantScoped.bind(em, tenants, tx).createNativeQuery("""
                        insert into proposal_reminder_sent (tenant_id, deadline_id, stage, recipient, sent_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .setParameter(1, agency).setParameter(2, d.getId()).setParameter(3, stage).setParameter(4, person)
                .setParameter(5, Timestamp.from(Instant.now(clock))).executeUpdate() == 1;
    }

    static NotificationRequested notification(String agency, String person, String stage, Deadline d, ProposalItem item, int daysLeft) {
        String[] kind = KINDS.getOrDefault(d.getKind(), new String[]{d.getKind(), d.getKind()});
        String what = item.getNumber() + "《" + item.getTitle() + "》";
        if (DeadlineKind.FEEDBACK.code().equals(d.getKind())) {
            return new NotificationRequested(agency, person, "feedback_window_over", item.getId(),
                    "【评价期满】" + what + "的评价期已于" + d.getDueOn() + "结束，可予办结。",
                    "[Feedback window over] The feedback window of " + item.getNumber() + " ended on " + d.getDueOn()
                            + "; the item may be closed.");
        }
        String zh = "overdue".equals(stage)
                ? "【逾期】" + what + "的" + kind[0] + "期限（" + d.getDueOn() + "）已过，请尽快办理。"
                : "【临期】" + what + "的" + kind[0] + "期限为" + d.getDueOn() + "，还剩" + daysLeft + "个工作日。";
        String en = "overdue".equals(stage)
                ? "[Overdue] The " + kind[1] + " deadline (" + d.getDueOn() + ") of " + item.getNumber() + " has passed."
                : "[Due soon] The " + kind[1] + " deadline of " + item.getNumber() + " is " + d.getDueOn() + ", "
                  + daysLeft + " working day(s) left.";
        return new NotificationRequested(agency, person, "deadline_" + stage, item.getId(), zh, en);
    }

    private static final java.util.Map<String, String[]> KINDS = java.util.Map.of(
            "acknowledgement", new String[]{"签收", "acknowledgement"},
            "co_handling_opinion", new String[]{"会办意见", "co-handling opinion"},
            "reply", new String[]{"答复", "reply"},
            "rehandling_reply", new String[]{"重新办理答复", "re-handling reply"},
            "feedback", new String[]{"评价", "feedback"});
}
