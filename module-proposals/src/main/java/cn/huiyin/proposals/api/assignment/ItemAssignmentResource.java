package cn.huiyin.proposals.api.assignment;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.assignment.InsideAssignment;
import cn.huiyin.proposals.application.assignment.LeadCoHandlers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Assignment of one of the agency's items: inside the agency (leader, unit, handler, handling
 * group) and, read-only, its co-handling agencies with their opinions.
 */
@Path("proposals/items/{id}/assignment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemAssignmentResource {

    public record AssignmentView(long itemId, long version, String state, String leader, Long unitId, String handler,
                                 List<String> group, List<AssignmentJson.CoHandlerView> coHandlers,
                                 String reassignedToAgency, Long reassignedToItem, String reassignedFromAgency, Long reassignedFromItem) {
    }

    /** {@code version} is the item's version the caller last saw; null/blank clears a field. */
    public record AssignmentBody(@Size(max = 100, message = "at most 100 characters") String leader,
                                 Long unitId,
                                 @Size(max = 100, message = "at most 100 characters") String handler,
                                 @Size(max = 30, message = "at most 30 members") List<@Size(max = 100) String> group,
                                 @NotNull(message = "must be the item's version you last saw") Long version) {
    }

    @Inject
    InsideAssignment assignment;

    @Inject
    LeadCoHandlers coHandlers;

    @GET
    @RequiresPermission("proposals.read")
    public AssignmentView get(@PathParam("id") long id) {
        return view(assignment.get(id), id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.ASSIGN)
    public AssignmentView set(@PathParam("id") long id,
                              @Valid @NotNull(message = "a body {\"leader\", \"unitId\", \"handler\", \"group\", \"version\"} is required") AssignmentBody body) {
        return view(assignment.set(id, body.version(), body.leader(), body.unitId(), body.handler(), body.group()), id);
    }

    private AssignmentView view(InsideAssignment.View v, long id) {
        return new AssignmentView(v.itemId(), v.version(), v.state(), v.leader(), v.unitId(), v.handler(), v.group(),
                AssignmentJson.coHandlers(coHandlers.of(id)), v.reassignedToAgency(), v.reassignedToItem(),
                v.reassignedFromAgency(), v.reassignedFromItem());
    }
}
