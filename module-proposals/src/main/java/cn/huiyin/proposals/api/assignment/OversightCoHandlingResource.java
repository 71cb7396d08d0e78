package cn.huiyin.proposals.api.assignment;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.assignment.OversightAssignment;
import cn.huiyin.proposals.application.assignment.OversightScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;

/** District oversight: co-handling agencies of its own district's items, and waivers. */
@Path("proposals/oversight/cohandling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OversightCoHandlingResource {

    public record AgencyView(String alias, String nameZh, String nameEn) {
    }

    public record ItemCoHandlers(AssignmentJson.ItemBrief item, List<AssignmentJson.CoHandlerView> coHandlers) {
    }

    /** {@code dueOn} null: one month after the item's assignment. */
    public record CoHandlersBody(@NotEmpty(message = "must name at least one agency") @Size(max = 20, message = "at most 20 agencies")
                                 List<@Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be an agency alias") String> agencies,
                                 LocalDate dueOn) {
    }

    public record WaiverBody(@NotBlank(message = "must give a reason") @Size(max = 2000, message = "at most 2000 characters") String reason) {
    }

    @Inject
    OversightAssignment assignment;

    @Inject
    OversightScope scope;

    @GET
    @Path("agencies")
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public List<AgencyView> agencies() {
        return scope.agencies().stream().map(a -> new AgencyView(a.getAlias(), a.getNameZh(), a.getNameEn())).toList();
    }

    @GET
    @Path("agencies/{agency}/items")
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public List<AssignmentJson.ItemBrief> items(@PathParam("agency") String agency) {
        return assignment.openItems(agency).stream().map(AssignmentJson.ItemBrief::of).toList();
    }

    @GET
    @Path("agencies/{agency}/items/{id}")
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public ItemCoHandlers item(@PathParam("agency") String agency, @PathParam("id") long id) {
        return new ItemCoHandlers(AssignmentJson.ItemBrief.of(assignment.item(agency, id)),
                AssignmentJson.coHandlers(assignment.coHandlers(agency, id)));
    }

    @POST
    @Path("agencies/{agency}/items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public List<AssignmentJson.CoHandlerView> add(@PathParam("agency") String agency, @PathParam("id") long id,
                                                  @Valid @NotNull(message = "a body {\"agencies\": [...], \"dueOn\"} is required") CoHandlersBody body) {
        return AssignmentJson.coHandlers(assignment.addCoHandlers(agency, id, body.agencies(), body.dueOn()));
    }

    @POST
    @Path("agencies/{agency}/items/{id}/cohandlers/{coAgency}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public List<AssignmentJson.CoHandlerView> waive(@PathParam("agency") String agency, @PathParam("id") long id,
                                                    @PathParam("coAgency") String coAgency,
                                                    @Valid @NotNull(message = "a body {\"reason\"} is required") WaiverBody body) {
        return AssignmentJson.coHandlers(assignment.waive(agency, id, coAgency, body.reason()));
    }
}
