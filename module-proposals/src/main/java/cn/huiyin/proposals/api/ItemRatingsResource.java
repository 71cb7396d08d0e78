package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.ItemRatings;
import cn.huiyin.proposals.domain.proposer.Rating;
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

import java.time.Instant;
import java.util.List;

/** Ratings of one of the agency's items, per round; staff enter one the proposer gave on paper. */
@Path("proposals/items/{id}/ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemRatingsResource {

    public record RatingView(long id, int round, String rating, String comment, boolean onPaper, String enteredBy, Instant at) {
        static RatingView of(Rating r) {
            return new RatingView(r.getId(), r.getRound(), r.getRating(), r.getComment(), r.isOnPaper(), r.getEnteredBy(), r.getAt());
        }
    }

    public record PaperRatingBody(@NotNull(message = "must be satisfied, basically_satisfied or unsatisfied")
                                  @Pattern(regexp = "satisfied|basically_satisfied|unsatisfied", message = "must be satisfied, basically_satisfied or unsatisfied") String rating,
                                  @Size(max = 2000, message = "at most 2000 characters") String comment,
                                  @NotNull(message = "must be the item's version you last saw") Long version) {
    }

    @Inject
    ItemRatings ratings;

    @GET
    @RequiresPermission("proposals.read")
    public List<RatingView> list(@PathParam("id") long id) {
        return ratings.of(id).stream().map(RatingView::of).toList();
    }

    /** A rating given on paper, entered (and marked) by the caller. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.RATE_ON_PAPER)
    public Response onPaper(@PathParam("id") long id,
                            @Valid @NotNull(message = "a body {\"rating\": ..., \"comment\": ..., \"version\": ...} is required") PaperRatingBody body) {
        Rating r = ratings.onPaper(id, body.rating(), body.comment(), body.version());
        return Response.status(Response.Status.CREATED).entity(RatingView.of(r)).build();
    }
}
