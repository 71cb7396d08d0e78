package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.proposals.application.intake.OversightItems;
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

/** District oversight: the items of its own district's agencies, read-only. */
@Path("proposals/oversight/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OversightItemsResource {

    public record PageView(java.util.List<OversightItems.DistrictItem> items, int page, int size, long total) {
    }

    @Inject
    OversightItems oversight;

    @GET
    @RequiresPermission(ProposalsModule.OVERSEE)
    public PageView list(@QueryParam("agency") @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be an agency alias") String agency,
                         @QueryParam("state") @Pattern(regexp = "[a-z_]{1,32}", message = "must be a state code") String state,
                         @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
                         @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 to 100")
                         @Max(value = 100, message = "must be 1 to 100") int size) {
        var result = oversight.list(agency, state, page, size);
        return new PageView(result.items(), page, size, result.total());
    }

    @GET
    @Path("{agency}/{id}")
    @RequiresPermission(ProposalsModule.OVERSEE)
    public OversightItems.Detail get(@PathParam("agency") String agency, @PathParam("id") long id) {
        return oversight.get(agency, id);
    }
}
