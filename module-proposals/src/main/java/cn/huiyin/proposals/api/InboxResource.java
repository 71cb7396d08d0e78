package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.application.search.ItemSearch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The caller's inbox (我的待办): items where their role has an action now, theirs (handler or
 * leader) or — for supervisors and agency admins — the agency's, nearest deadline first.
 */
@Path("proposals/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    ItemSearch search;

    @Inject
    ItemsResource items;

    @GET
    @RequiresPermission("proposals.read")
    public ItemsResource.ItemPage inbox(@QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more")
                                        @Max(value = 10_000, message = "must be 0 to 10000") int page,
                                        @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 100")
                                        @Max(value = 100, message = "must be 1 to 100") int size) {
        return items.page(search.inbox(page, size));
    }
}
