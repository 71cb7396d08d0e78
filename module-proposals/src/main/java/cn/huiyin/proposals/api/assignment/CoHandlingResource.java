package cn.huiyin.proposals.api.assignment;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.assignment.CoHandlingWork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The co-handling agency's side (会办): its co-handled items (restricted view) and its opinion. */
@Path("proposals/cohandling")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoHandlingResource {

    public record OpinionBody(@NotBlank(message = "must not be empty") @Size(max = 10000, message = "at most 10000 characters") String opinion,
                              @NotNull(message = "must be the version you last saw") Long version) {
    }

    public record SignOffBody(@NotNull(message = "must be the version you last saw") Long version) {
    }

    @Inject
    CoHandlingWork work;

    @GET
    @RequiresPermission(ProposalsModule.COHANDLE)
    public List<AssignmentJson.CoHandledView> mine() {
        return work.mine().stream().map(AssignmentJson.CoHandledView::of).toList();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ProposalsModule.COHANDLE)
    public AssignmentJson.CoHandledView get(@PathParam("id") long id) {
        return AssignmentJson.CoHandledView.of(work.get(id));
    }

    @PUT
    @Path("{id}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.COHANDLE)
    public AssignmentJson.CoHandledView opinion(@PathParam("id") long id,
                                                @Valid @NotNull(message = "a body {\"opinion\", \"version\"} is required") OpinionBody body) {
        return AssignmentJson.CoHandledView.of(work.writeOpinion(id, body.version(), body.opinion()));
    }

    @POST
    @Path("{id}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.COHANDLE_SIGN_OFF)
    public AssignmentJson.CoHandledView signOff(@PathParam("id") long id,
                                                @Valid @NotNull(message = "a body {\"version\"} is required") SignOffBody body) {
        return AssignmentJson.CoHandledView.of(work.signOff(id, body.version()));
    }
}
