package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.application.search.SavedFilters;
import cn.huiyin.proposals.domain.SavedFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/** The caller's own saved filters of the item list ({@code query} as {@code GET proposals/items} takes it). */
@Path("proposals/saved-filters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SavedFiltersResource {

    public record SavedFilterView(long id, String name, String query, Instant createdAt, long version) {
        static SavedFilterView of(SavedFilter f) {
            return new SavedFilterView(f.getId(), f.getName(), f.getQuery(), f.getCreatedAt(), f.getVersion());
        }
    }

    public record SavedFilterBody(@NotNull(message = "must name the filter") @Size(max = 60, message = "at most 60 characters") String name,
                                  @NotNull(message = "must be the list's query string (may be empty)")
                                  @Size(max = 1000, message = "at most 1000 characters") String query,
                                  Long version) {
    }

    @Inject
    SavedFilters filters;

    @GET
    @RequiresPermission("proposals.read")
    public List<SavedFilterView> mine() {
        return filters.mine().stream().map(SavedFilterView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("proposals.read")
    public Response save(@Valid @NotNull(message = "a body {\"name\": …, \"query\": …} is required") SavedFilterBody body) {
        return Response.status(Response.Status.CREATED).entity(SavedFilterView.of(filters.save(body.name(), body.query()))).build();
    }

    /** Renames or changes a filter the caller read at {@code version} (stale → 409 stale-version). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("proposals.read")
    public SavedFilterView change(@PathParam("id") long id,
                                  @Valid @NotNull(message = "a body {\"name\": …, \"query\": …, \"version\": …} is required") SavedFilterBody body) {
        if (body.version() == null) {
            throw cn.huiyin.platform.application.UseCaseException.invalid("version-required",
                    "Send the version of the saved filter you last saw.");
        }
        return SavedFilterView.of(filters.change(id, body.version(), body.name(), body.query()));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission("proposals.read")
    public Response delete(@PathParam("id") long id) {
        filters.delete(id);
        return Response.noContent().build();
    }
}
