package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.application.ItemQueries;
import cn.huiyin.proposals.application.ItemTransitions;
import cn.huiyin.proposals.application.KeyItems;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.domain.workflow.ItemAction;
import java.util.Arrays;
import java.util.Set;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The current agency's items. */
@Path("proposals/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    public record ItemView(long id, String kind, String session, String number, String title, String proposer,
                           String category, boolean keyItem, String state, LocalDate assignedOn, long version,
                           List<String> availableActions) {
    }

    /** {@code version} is the one the caller last saw: a stale one changes nothing (409 stale-version). */
    public record TransitionBody(@NotNull(message = "must name an action") @Pattern(regexp = "[a-z_]{1,32}", message = "must be an action code") String action,
                                 @Size(max = 2000, message = "at most 2000 characters") String reason,
                                 @NotNull(message = "must be the item's version you last saw") Long version) {
    }

    public record HistoryView(long id, java.time.Instant at, String actor, String action, String from, String to, String reason) {
    }

    public record ItemPage(List<ItemView> items, int page, int size, long total) {
    }

    public record KeyFlags(@NotEmpty(message = "must name at least one item") @Size(max = 500, message = "at most 500 items") List<Long> ids,
                           @NotNull(message = "must be true or false") Boolean key) {
    }

    public record Updated(int updated) {
    }

    @Inject
    ItemQueries queries;

    @Inject
    KeyItems keyItems;

    @Inject
    ItemTransitions transitions;

    @GET
    @Path("stats/by-state")
    @RequiresPermission("proposals.read")
    public Map<String, Long> byState() {
        return queries.countByState();
    }

    @POST
    @Path("key-flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("proposals.mark-key")
    public Updated markKey(@Valid @NotNull(message = "a body {\"ids\": [...], \"key\": true} is required") KeyFlags body) {
        return new Updated(keyItems.mark(body.ids(), body.key()));
    }

    @GET
    @RequiresPermission("proposals.read")
    public ItemPage list(@QueryParam("state") @Pattern(regexp = "[a-z_]{1,32}", message = "must be a state code") String state,
                         @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                         @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 100")
                         @Max(value = 100, message = "must be 1 to 100") int size) {
        var result = queries.page(state, page, size);
        Set<String> roles = transitions.actingRoles();
        return new ItemPage(result.items().stream().map(i -> view(i, roles)).toList(), page, size, result.total());
    }

    @GET
    @Path("{id}")
    @RequiresPermission("proposals.read")
    public ItemView get(@PathParam("id") long id) {
        return view(queries.get(id), transitions.actingRoles());
    }

    /** Takes one workflow action; answers the item as it is now, with its new version and next actions. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ProposalsModule.HANDLE)
    public ItemView transition(@PathParam("id") long id,
                               @Valid @NotNull(message = "a body {\"action\": ..., \"reason\": ..., \"version\": ...} is required") TransitionBody body) {
        ItemAction action = Arrays.stream(ItemAction.values()).filter(a -> a.code().equals(body.action())).findFirst()
                .orElseThrow(() -> UseCaseException.invalid("unknown-action", "No action '" + body.action() + "'."));
        return view(transitions.take(id, action, body.reason(), body.version()), transitions.actingRoles());
    }

    /** The item's transitions, oldest first. */
    @GET
    @Path("{id}/history")
    @RequiresPermission("proposals.read")
    public List<HistoryView> history(@PathParam("id") long id) {
        return queries.history(id).stream()
                .map(h -> new HistoryView(h.getId(), h.getAt(), h.getActor(), h.getAction(), h.getFromState(), h.getToState(), h.getReason()))
                .toList();
    }

    static ItemView view(cn.huiyin.proposals.domain.ProposalItem i, Set<String> roles) {
        return new ItemView(i.getId(), i.getKind(), i.getSession(), i.getNumber(), i.getTitle(), i.getProposer(),
                i.getCategory(), i.isKeyItem(), i.getState(), i.getAssignedOn(), i.getVersion(),
                i.availableActions(roles).stream().map(ItemAction::code).toList());
    }
}
