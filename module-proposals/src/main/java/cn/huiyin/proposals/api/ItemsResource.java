package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.application.ItemQueries;
import cn.huiyin.proposals.application.ItemTransitions;
import cn.huiyin.proposals.application.KeyItems;
import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.search.ItemFilter;
import cn.huiyin.proposals.application.search.ItemRow;
import cn.huiyin.proposals.application.search.ItemSearch;
import cn.huiyin.proposals.domain.workflow.ItemAction;
import cn.huiyin.proposals.domain.workflow.ItemState;
import cn.huiyin.proposals.domain.workflow.Workflow;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
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

    /**
     * An item as the API shows it. {@code nextDeadline} is the nearest open deadline; {@code urgency}
     * is {@code overdue} (past it), {@code due_soon} (within 3 days), {@code open}, or null without one.
     */
    public record ItemView(long id, String kind, String session, String number, String title, String proposer,
                           String category, boolean keyItem, String state, LocalDate assignedOn, long version,
                           List<String> availableActions,
                           // --- search and lists ---
                           String outcome, String rating, String handler, String leader, Long unitId, String unitName,
                           LocalDate nextDeadline, boolean overdue, String urgency, LocalDate repliedOn) {
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

    /** Each item with the version the caller last saw: a stale one refuses the whole batch (409 stale-version). */
    public record KeyFlags(@NotEmpty(message = "must name at least one item") @Size(max = 500, message = "at most 500 items")
                           List<@Valid @NotNull(message = "must be an item") SeenItem> items,
                           @NotNull(message = "must be true or false") Boolean key) {
    }

    public record SeenItem(@NotNull(message = "must be an item id") Long id,
                           @NotNull(message = "must be the item's version you last saw") Long version) {
    }

    public record Updated(int updated) {
    }

    @Inject
    ItemQueries queries;

    @Inject
    KeyItems keyItems;

    @Inject
    ItemTransitions transitions;

    @Inject
    ItemSearch search;

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
    public Updated markKey(@Valid @NotNull(message = "a body {\"items\": [{\"id\": …, \"version\": …}], \"key\": true} is required")
                           KeyFlags body) {
        Map<Long, Long> seen = new java.util.LinkedHashMap<>();
        body.items().forEach(i -> seen.merge(i.id(), i.version(), (a, b) -> {
            throw UseCaseException.invalid("duplicate-item", "Item " + i.id() + " is named twice.");
        }));
        return new Updated(keyItems.mark(seen, body.key()));
    }

    /**
     * The agency's items, filtered, sorted and paged. Parameters (all optional): {@code state}
     * (codes, comma-separated), {@code kind}, {@code session}, {@code category}, {@code unit} (id),
     * {@code handler} (username), {@code overdue}, {@code key} (true/false), {@code outcome} (A/B/C),
     * {@code rating}, {@code q} (free text over number, title, proposer and body; Chinese works, from
     * one character), {@code sort} (assigned, number, deadline, state), {@code dir} (asc/desc),
     * {@code page}, {@code size}. Anything else, or a bad value, is 400 and lists nothing.
     */
    @GET
    @RequiresPermission("proposals.read")
    public ItemPage list(@QueryParam("state") @Size(max = 400, message = "at most 400 characters") String state,
                         @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                         @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 100")
                         @Max(value = 100, message = "must be 1 to 100") int size,
                         @Context UriInfo uri) {
        ItemFilter filter = ItemFilter.parse(uri.getQueryParameters());
        return page(search.list(filter));
    }

    @GET
    @RequiresPermission("proposals.read")
    @Path("{id}")
    public ItemView get(@PathParam("id") long id) {
        return view(search.row(id), transitions.actingRoles(), search.today());
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
        transitions.take(id, action, body.reason(), body.version());
        return view(search.row(id), transitions.actingRoles(), search.today());
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

    ItemPage page(ItemSearch.Page result) {
        Set<String> roles = transitions.actingRoles();
        return new ItemPage(result.items().stream().map(r -> view(r, roles, result.today())).toList(),
                result.page(), result.size(), result.total());
    }

    /** From the entity (what it holds; no unit name, no deadline): for callers that have only the entity. */
    static ItemView view(cn.huiyin.proposals.domain.ProposalItem i, Set<String> roles) {
        return new ItemView(i.getId(), i.getKind(), i.getSession(), i.getNumber(), i.getTitle(), i.getProposer(),
                i.getCategory(), i.isKeyItem(), i.getState(), i.getAssignedOn(), i.getVersion(),
                i.availableActions(roles).stream().map(ItemAction::code).toList(),
                i.getOutcome(), i.getRating(), i.getHandlerUsername(), i.getLeaderUsername(), i.getUnitId(), null,
                null, false, null, i.getRepliedOn());
    }

    static ItemView view(ItemRow r, Set<String> roles, LocalDate today) {
        return new ItemView(r.id(), r.kind(), r.session(), r.number(), r.title(), r.proposer(), r.category(), r.keyItem(),
                r.state(), r.assignedOn(), r.version(),
                Workflow.available(ItemState.ofCode(r.state()), roles).stream().map(ItemAction::code).toList(),
                r.outcome(), r.rating(), r.handler(), r.leader(), r.unitId(), r.unitNameZh(),
                r.nextDeadline(), r.overdue(today), r.urgency(today), r.repliedOn());
    }
}
