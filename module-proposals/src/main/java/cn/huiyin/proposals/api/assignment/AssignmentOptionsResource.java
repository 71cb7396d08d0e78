package cn.huiyin.proposals.api.assignment;

import cn.huiyin.platform.domain.identity.RequiresPermission;
import cn.huiyin.proposals.application.assignment.AssignmentOptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The agency's active people (with role) and units, to choose a leader, unit, handler and handling group. */
@Path("proposals/assignment-options")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentOptionsResource {

    @Inject
    AssignmentOptions options;

    @GET
    @RequiresPermission("proposals.read")
    public AssignmentOptions.Options get() {
        return options.current();
    }
}
