package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ProposerPortal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Response;

import java.util.List;

/** The proposer's own items across their district's agencies; anyone else's item is 404. */
@Path("proposals/portal/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    /** {@code comment} is required for unsatisfied (it says what to do again). */
    public record RatingBody(@NotNull(message = "must be satisfied, basically_satisfied or unsatisfied")
                             @Pattern(regexp = "satisfied|basically_satisfied|unsatisfied", message = "must be satisfied, basically_satisfied or unsatisfied") String rating,
                             @Size(max = 2000, message = "at most 2000 characters") String comment,
                             @NotNull(message = "must be the item's version you last saw") Long version) {
    }

    @Inject
    ProposerPortal portal;

    @GET
    @RequiresPermission(ProposalsModule.PORTAL)
    public List<ProposerPortal.PortalItem> list() {
        return portal.myItems();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ProposalsModule.PORTAL)
    public ProposerPortal.PortalDetail get(@PathParam("id") long id) {
        return portal.myItem(id);
    }

    /** Rates the reply of the current round, once; answers the item as it is now. */
    @POST
    @Path("{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.PORTAL)
    public ProposerPortal.PortalDetail rate(@PathParam("id") long id,
                                            @Valid @NotNull(message = "a body {\"rating\": ..., \"comment\": ..., \"version\": ...} is required") RatingBody body) {
        return portal.rate(id, body.rating(), body.comment(), body.version());
    }

    /** A reply letter of the proposer's item. */
    @GET
    @Path("{id}/letters/{attachment}")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(ProposalsModule.PORTAL)
    public Response letter(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return Downloads.of(portal.letter(id, attachment));
    }
}
