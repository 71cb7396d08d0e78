package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.reply.PlanProgress;
import cn.huiyin.proposals.application.reply.ReplyDrafts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The reply of one item: read it, save its draft (the first save of a round takes
 * {@code draft_reply}), and follow an approved B plan's milestones. Submitting, approving and
 * returning are the item's workflow transitions ({@code POST …/items/{id}/transitions}).
 */
@Path("proposals/items/{id}/reply")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    @Inject
    ReplyDrafts drafts;

    @Inject
    PlanProgress plans;

    @GET
    @RequiresPermission("proposals.read")
    public ReplyViews.ReplyView get(@PathParam("id") long id) {
        return ReplyViews.of(drafts.get(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.HANDLE)
    public ReplyViews.ReplyView save(@PathParam("id") long id,
                                     @Valid @NotNull(message = "a body {\"outcome\", \"body\", \"explanation\", \"milestones\", \"version\"} is required")
                                     ReplyViews.DraftInput body) {
        return ReplyViews.of(drafts.save(id, body.version(), body.content()));
    }

    @POST
    @Path("milestones/{mid}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.HANDLE)
    public ReplyViews.ReplyView progress(@PathParam("id") long id, @PathParam("mid") long milestoneId,
                                         @Valid @NotNull(message = "a body {\"note\", \"version\"} is required") ReplyViews.ProgressInput body) {
        return ReplyViews.of(plans.record(id, milestoneId, body.version(), body.note()));
    }

    @POST
    @Path("milestones/{mid}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.HANDLE)
    public ReplyViews.ReplyView done(@PathParam("id") long id, @PathParam("mid") long milestoneId,
                                     @Valid @NotNull(message = "a body {\"version\"} is required") ReplyViews.DoneInput body) {
        return ReplyViews.of(plans.done(id, milestoneId, body.version(), body.note()));
    }
}
