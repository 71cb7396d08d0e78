package cn.huiyin.proposals.api.assignment;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.assignment.Reassignments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import java.util.List;

/** District oversight decides its own district's reassignment requests (申请改办). */
@Path("proposals/oversight/reassignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OversightReassignmentsResource {

    public record ApprovalBody(@NotBlank(message = "must name the new lead agency") @Pattern(regexp = "[a-z0-9-]{1,64}",
            message = "must be an agency alias") String newAgency,
                               @NotNull(message = "must be the item's version you last saw") Long version) {
    }

    public record RejectionBody(@NotBlank(message = "must give a reason") @Size(max = 2000, message = "at most 2000 characters") String reason,
                                @NotNull(message = "must be the item's version you last saw") Long version) {
    }

    @Inject
    Reassignments reassignments;

    @GET
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public List<Reassignments.Pending> pending() {
        return reassignments.pending();
    }

    /** Answers the new item in the new lead agency. */
    @POST
    @Path("{agency}/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public AssignmentJson.ItemBrief approve(@PathParam("agency") String agency, @PathParam("id") long id,
                                            @Valid @NotNull(message = "a body {\"newAgency\", \"version\"} is required") ApprovalBody body) {
        return AssignmentJson.ItemBrief.of(reassignments.approve(agency, id, body.version(), body.newAgency()));
    }

    @POST
    @Path("{agency}/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.OVERSEE_ASSIGN)
    public AssignmentJson.ItemBrief reject(@PathParam("agency") String agency, @PathParam("id") long id,
                                           @Valid @NotNull(message = "a body {\"reason\", \"version\"} is required") RejectionBody body) {
        return AssignmentJson.ItemBrief.of(reassignments.reject(agency, id, body.version(), body.reason()));
    }
}
