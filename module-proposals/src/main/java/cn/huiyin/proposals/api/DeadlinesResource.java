package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.deadline.DeadlineView;
import cn.huiyin.proposals.application.deadline.Deadlines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** An item's deadlines (another agency's item is not found). */
@Path("proposals/items/{id}/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    @Inject
    Deadlines deadlines;

    @GET
    @RequiresPermission("proposals.read")
    public List<DeadlineView> of(@PathParam("id") long id) {
        return deadlines.ofItem(id);
    }

    /** Sets the registration deadlines (acknowledgement, reply) the item lacks, from its assignment date. */
    @POST
    @RequiresPermission(ProposalsModule.SCHEDULE_DEADLINES)
    public List<DeadlineView> scheduleMissing(@PathParam("id") long id) {
        return deadlines.scheduleMissing(id);
    }
}
