package cn.huiyin.proposals.api;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.application.deadline.Deadlines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The agency's overdue deadlines (逾期), earliest first. */
@Path("proposals/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {

    @Inject
    Deadlines deadlines;

    @GET
    @Path("overdue")
    @RequiresPermission("proposals.read")
    public List<Deadlines.DueItem> overdue() {
        return deadlines.overdue();
    }
}
