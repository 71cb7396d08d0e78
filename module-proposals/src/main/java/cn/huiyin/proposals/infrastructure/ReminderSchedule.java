package cn.huiyin.proposals.infrastructure;

import cn.huiyin.proposals.application.deadline.Deadlines;
import cn.huiyin.proposals.application.reminder.ReminderJob;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the reminder run every morning at 08:00 Beijing time on every instance (a non-persistent
 * EJB timer, which Payara Micro runs without a timer store); the job's advisory lock lets one of
 * them do the work.
 */
@Singleton
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Inject
    ReminderJob job;

    @Inject
    Clock clock;

    @Schedule(hour = "8", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    void everyMorning() {
        try {
            job.run(LocalDate.now(clock.withZone(Deadlines.ZONE)));
        } catch (RuntimeException e) {
            // a failed run is logged; tomorrow's run, or an admin's, catches up (reminders are idempotent)
            LOG.log(Level.SEVERE, "The reminder run failed", e);
        }
    }
}
