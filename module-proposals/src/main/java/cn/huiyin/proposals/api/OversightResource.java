package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.application.DistrictOversight;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** District oversight: item counts per agency of the caller's own district. */
@Path("proposals/oversight")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OversightResource {

    @Inject
    DistrictOversight oversight;

    @GET
    @Path("summary")
    @RequiresPermission("proposals.oversee")
    public List<DistrictOversight.AgencyCounts> summary() {
        return oversight.summary();
    }
}
