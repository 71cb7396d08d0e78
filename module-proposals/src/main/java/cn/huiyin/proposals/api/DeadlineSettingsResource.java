package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.deadline.DeadlineView;
import cn.huiyin.proposals.application.deadline.DistrictDeadlineSettings;
import cn.huiyin.proposals.domain.deadline.DistrictSettingsRepository.CalendarDay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** District oversight: its district's deadline rules and calendar, and reply-deadline extensions. */
@Path("proposals/district")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineSettingsResource {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    public record RuleBody(@NotNull(message = "must be 1 to 366") @Min(value = 1, message = "must be 1 to 366") @Max(value = 366, message = "must be 1 to 366") Integer amount,
                           @NotNull(message = "must be working_days, calendar_days or months") @Pattern(regexp = "working_days|calendar_days|months", message = "must be working_days, calendar_days or months") String unit,
                           @NotNull(message = "must be the rule's version you last saw (0 for a default)") Long version) {
    }

    public record DayBody(@NotNull(message = "must be true (make-up working day) or false (holiday)") Boolean working,
                          @NotBlank(message = "must name the day") @Size(max = 100, message = "at most 100 characters") String name) {
    }

    public record ExtensionBody(@NotNull(message = "must be a date yyyy-MM-dd") @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd") String dueOn,
                                @NotBlank(message = "must say why") @Size(max = 2000, message = "at most 2000 characters") String reason,
                                @NotNull(message = "must be the deadline's version you last saw") Long version) {
    }

    @Inject
    DistrictDeadlineSettings settings;

    @GET
    @Path("deadline-rules")
    @RequiresPermission(ProposalsModule.DISTRICT_DEADLINES)
    public List<DistrictDeadlineSettings.RuleView> rules() {
        return settings.rules();
    }

    @PUT
    @Path("deadline-rules/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.DISTRICT_DEADLINES)
    public DistrictDeadlineSettings.RuleView setRule(@PathParam("kind") String kind,
                                                     @Valid @NotNull(message = "a body {\"amount\", \"unit\", \"version\"} is required") RuleBody body) {
        return settings.setRule(kind, body.amount(), body.unit(), body.version());
    }

    @GET
    @Path("calendar")
    @RequiresPermission(ProposalsModule.DISTRICT_DEADLINES)
    public List<CalendarDay> days(@QueryParam("year") @NotNull(message = "must be a year") @Min(value = 2000, message = "must be 2000 to 2100")
                                  @Max(value = 2100, message = "must be 2000 to 2100") Integer year) {
        return settings.days(year);
    }

    @PUT
    @Path("calendar/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.DISTRICT_DEADLINES)
    public CalendarDay setDay(@PathParam("day") @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd") String day,
                              @Valid @NotNull(message = "a body {\"working\", \"name\"} is required") DayBody body) {
        return settings.setDay(date(day), body.working(), body.name());
    }

    @DELETE
    @Path("calendar/{day}")
    @RequiresPermission(ProposalsModule.DISTRICT_DEADLINES)
    public Response removeDay(@PathParam("day") @Pattern(regexp = DATE, message = "must be a date yyyy-MM-dd") String day) {
        settings.removeDay(date(day));
        return Response.noContent().build();
    }

    @GET
    @Path("agencies/{agency}/items/{id}/reply-deadline")
    @RequiresPermission(ProposalsModule.DISTRICT_DEADLINES)
    public DeadlineView replyDeadline(@PathParam("agency") String agency, @PathParam("id") long id) {
        return settings.replyDeadline(agency, id);
    }

    /** Extends the reply deadline of a complex item of an agency of the district (at most to reply_max after assignment). */
    @POST
    @Path("agencies/{agency}/items/{id}/reply-deadline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.DISTRICT_DEADLINES)
    public DeadlineView extend(@PathParam("agency") String agency, @PathParam("id") long id,
                               @Valid @NotNull(message = "a body {\"dueOn\", \"reason\", \"version\"} is required") ExtensionBody body) {
        return settings.extendReply(agency, id, date(body.dueOn()), body.reason(), body.version());
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw cn.huiyin.platform.application.UseCaseException.invalid("bad-date", "'" + s + "' is no date.");
        }
    }
}
