package cn.huiyin.platform.api.admin;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.platform.application.onboarding.Onboarded;
import cn.huiyin.platform.application.onboarding.Onboarding;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * Districts and agencies (tenants) for platform admins: list them, and onboard a new one with its
 * first admin while the platform runs ({@code POST}: 201 with the initial password, once).
 */
@Path("admin/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    @Inject
    Onboarding onboarding;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresPermission(PlatformPermissions.MANAGE_TENANTS)
    public List<OrganizationJson> list() {
        return onboarding.organizations().stream().map(OrganizationJson::of).toList();
    }

    @GET
    @Path("{alias}")
    @RequiresPermission(PlatformPermissions.MANAGE_TENANTS)
    public OrganizationJson one(@PathParam("alias") String alias) {
        return onboarding.organizations().stream().filter(o -> o.alias().equals(alias)).findFirst()
                .map(OrganizationJson::of)
                .orElseThrow(() -> UseCaseException.notFound("Organization '" + alias + "'"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.MANAGE_TENANTS)
    public Response onboard(@NotNull(message = "a JSON body is required") @Valid OnboardingBody body) {
        Onboarded done = onboarding.onboard(body.toRequest());
        URI location = uriInfo.getBaseUriBuilder().path(OrganizationsResource.class).path(done.organization().alias()).build();
        // the answer carries the one copy of the initial password: no cache may keep it
        return Response.created(location).header("Cache-Control", "no-store").entity(OnboardingResult.of(done)).build();
    }
}
