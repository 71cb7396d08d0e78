package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.reply.ReplyDrafts;
import cn.huiyin.proposals.application.reply.ReturnStats;
import cn.huiyin.proposals.domain.reply.ReplyRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Replies across items: one reply drafted for several items of a category, and returns counted per unit. */
@Path("proposals/replies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RepliesResource {

    public record BulkInput(@NotEmpty(message = "must name at least one item") @Size(max = 100, message = "at most 100 items") List<Long> itemIds,
                            @Pattern(regexp = "[ABC]", message = "must be A, B or C") String outcome,
                            @Size(max = ReplyRules.BODY_MAX, message = "at most 20000 characters") String body,
                            @Size(max = ReplyRules.EXPLANATION_MAX, message = "at most 5000 characters") String explanation,
                            @Valid @Size(max = ReplyRules.MILESTONES_MAX, message = "at most 50 milestones") List<ReplyViews.MilestoneInput> milestones) {
    }

    public record Drafted(int drafted) {
    }

    @Inject
    ReplyDrafts drafts;

    @Inject
    ReturnStats returns;

    /** All or nothing: every item gets the draft, or (on any refusal) none does. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.HANDLE)
    public Drafted bulk(@Valid @NotNull(message = "a body {\"itemIds\", \"outcome\", \"body\", ...} is required") BulkInput in) {
        var content = new ReplyViews.DraftInput(in.outcome(), in.body(), in.explanation(), in.milestones(), null).content();
        return new Drafted(drafts.bulk(in.itemIds(), content));
    }

    @GET
    @Path("returns-by-unit")
    @RequiresPermission("proposals.read")
    public List<ReturnStats.UnitReturns> returnsByUnit() {
        return returns.byUnit();
    }
}
