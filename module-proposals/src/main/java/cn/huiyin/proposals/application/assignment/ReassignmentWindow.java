package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.application.deadline.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;

/**
 * The lead agency may ask for a reassignment (申请改办) only within a number of working days after
 * the item was assigned (default 7, {@code huiyin.proposals.reassignment-window-days}); the
 * agency's working calendar counts the days.
 */
@ApplicationScoped
public class ReassignmentWindow {

    @Inject
    @ConfigProperty(name = "huiyin.proposals.reassignment-window-days", defaultValue = "7")
    int days;

    @Inject
    WorkingCalendar calendar;

    public ReassignmentWindow() {
    }

    ReassignmentWindow(int days, WorkingCalendar calendar) {
        this.days = days;
        this.calendar = calendar;
    }

    /** The last day on which a reassignment may be requested. */
    public LocalDate lastDay(String agency, LocalDate assignedOn) {
        return calendar.addWorkingDays(agency, assignedOn, days);
    }

    public boolean isOpen(String agency, LocalDate assignedOn, LocalDate today) {
        return !today.isAfter(lastDay(agency, assignedOn));
    }

    /** @throws UseCaseException {@code reassignment-window-closed} (409) once the window has passed */
    public void require(String agency, LocalDate assignedOn, LocalDate today) {
        if (!isOpen(agency, assignedOn, today)) {
            throw UseCaseException.conflict("reassignment-window-closed", "A reassignment may be requested within " + days
                    + " working days of the assignment (until " + lastDay(agency, assignedOn) + ").");
        }
    }
}
