package cn.huiyin.proposals.api;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.deadline.Deadlines;
import cn.huiyin.proposals.application.reminder.ReminderJob;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Platform admins start the reminder run now (it runs every morning by itself). {@code asOf}
 * runs it as if it were another day: only where {@code huiyin.reminders.as-of-allowed=true}
 * (tests), since a run for a later day would remind people early; elsewhere a day other than
 * today is refused (400 {@code as-of-disabled}).
 */
@Path("proposals/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

    @Inject
    ReminderJob job;

    @Inject
    Deadlines deadlines;

    @Inject
    @ConfigProperty(name = "huiyin.reminders.as-of-allowed", defaultValue = "false")
    boolean asOfAllowed;

    @POST
    @Path("runs")
    @RequiresPermission(ProposalsModule.RUN_REMINDERS)
    public ReminderJob.Outcome run(@QueryParam("asOf") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date yyyy-MM-dd") String asOf) {
        LocalDate today = deadlines.today();
        LocalDate day;
        try {
            day = asOf == null ? today : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw UseCaseException.invalid("bad-date", "'" + asOf + "' is no date.");
        }
        if (!day.equals(today) && !asOfAllowed) {
            throw UseCaseException.invalid("as-of-disabled", "Reminders run for today only here.");
        }
        return job.run(day);
    }
}
