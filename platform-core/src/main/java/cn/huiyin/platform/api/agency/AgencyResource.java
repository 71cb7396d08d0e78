package cn.huiyin.platform.api.agency;

import cn.huiyin.platform.application.agency.AgencyUnits;
import cn.huiyin.platform.application.agency.AgencyUsers;
import cn.huiyin.platform.application.agency.Invited;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;

/**
 * An agency admin's own agency: units (科室) and users. The agency is the caller's (token and
 * membership), never a parameter; another agency's unit or user answers 404.
 */
@Path("agency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private static final String BODY = "a JSON body is required";

    @Inject
    AgencyUnits units;

    @Inject
    AgencyUsers users;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("units")
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public List<AgencyJson.Unit> units() {
        return units.list().stream().map(AgencyJson.Unit::of).toList();
    }

    @POST
    @Path("units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public Response createUnit(@NotNull(message = BODY) @Valid AgencyJson.NewUnit body) {
        AgencyJson.Unit created = AgencyJson.Unit.of(units.create(body.nameZh(), body.nameEn()));
        URI location = uriInfo.getBaseUriBuilder().path(AgencyResource.class).path("units").path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public AgencyJson.Unit updateUnit(@PathParam("id") long id, @NotNull(message = BODY) @Valid AgencyJson.UnitChange body) {
        return AgencyJson.Unit.of(units.update(id, body.version(), body.nameZh(), body.nameEn(), body.active()));
    }

    @GET
    @Path("users")
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public List<AgencyJson.Member> users() {
        return users.list().stream().map(AgencyJson.Member::of).toList();
    }

    @GET
    @Path("users/{username}")
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public AgencyJson.Member user(@PathParam("username") String username) {
        return AgencyJson.Member.of(users.member(username));
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public Response invite(@NotNull(message = BODY) @Valid AgencyJson.Invite body) {
        Invited done = users.invite(body.toInvitation());
        URI location = uriInfo.getBaseUriBuilder().path(AgencyResource.class).path("users").path(done.member().username()).build();
        // the answer carries the one copy of the initial password: no cache may keep it
        return Response.created(location).header("Cache-Control", "no-store").entity(AgencyJson.InviteResult.of(done)).build();
    }

    @PUT
    @Path("users/{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public AgencyJson.Member changeRole(@PathParam("username") String username,
                                        @NotNull(message = BODY) @Valid AgencyJson.RoleChange body) {
        return AgencyJson.Member.of(users.changeRole(username, body.role()));
    }

    @PUT
    @Path("users/{username}/unit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public AgencyJson.Member assignUnit(@PathParam("username") String username,
                                        @NotNull(message = BODY) @Valid AgencyJson.UnitAssignment body) {
        return AgencyJson.Member.of(users.assignUnit(username, body.unitId()));
    }

    @POST
    @Path("users/{username}/deactivate")
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public AgencyJson.Member deactivate(@PathParam("username") String username) {
        return AgencyJson.Member.of(users.deactivate(username));
    }

    @POST
    @Path("users/{username}/reactivate")
    @RequiresPermission(PlatformPermissions.MANAGE_AGENCY_USERS)
    public AgencyJson.Member reactivate(@PathParam("username") String username) {
        return AgencyJson.Member.of(users.reactivate(username));
    }
}
