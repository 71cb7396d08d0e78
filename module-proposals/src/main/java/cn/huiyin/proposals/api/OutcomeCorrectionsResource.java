package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.reply.OutcomeCorrections;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** District oversight: the replied items of its own district's agencies and corrections of their outcome class. */
@Path("proposals/oversight/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeCorrectionsResource {

    public record Correction(@NotNull(message = "must be A, B or C") @Pattern(regexp = "[ABC]", message = "must be A, B or C") String outcome,
                             @NotNull(message = "a correction needs a reason") @Size(max = 2000, message = "at most 2000 characters") String reason) {
    }

    @Inject
    OutcomeCorrections corrections;

    @GET
    @RequiresPermission(ProposalsModule.CORRECT_OUTCOME)
    public List<OutcomeCorrections.Agency> agencies() {
        return corrections.agencies();
    }

    @GET
    @Path("{agency}")
    @RequiresPermission(ProposalsModule.CORRECT_OUTCOME)
    public List<OutcomeCorrections.RepliedItem> replied(@PathParam("agency") @Pattern(regexp = "[a-z][a-z0-9-]{2,62}", message = "is not an agency alias") String agency) {
        return corrections.replied(agency);
    }

    @PUT
    @Path("{agency}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.CORRECT_OUTCOME)
    public OutcomeCorrections.RepliedItem correct(@PathParam("agency") @Pattern(regexp = "[a-z][a-z0-9-]{2,62}", message = "is not an agency alias") String agency,
                                                  @PathParam("id") long id,
                                                  @Valid @NotNull(message = "a body {\"outcome\", \"reason\"} is required") Correction body) {
        return corrections.correct(agency, id, body.outcome(), body.reason());
    }
}
