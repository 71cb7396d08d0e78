package cn.huiyin.platform.api.identity;

import cn.huiyin.platform.application.CallerProfile;
import cn.huiyin.platform.domain.identity.Caller;
import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.identity.PlatformPermissions;
import cn.huiyin.platform.domain.identity.RequiresPermission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/me}: the caller as the platform sees them (any signed-in user). */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    CallerProfile profiles;



    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(PlatformPermissions.SIGNED_IN)
    public JsonObject me() {
        var profile = profiles.current();
        Caller caller = profile.caller();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("username", caller.username())
                .add("displayName", caller.displayName() == null ? caller.username() : caller.displayName())
                .add("roles", Json.createArrayBuilder(caller.roles().stream().sorted().toList()))
                .add("modules", Json.createArrayBuilder(profile.modules().stream().map(ModuleDescriptor::id).toList()))
                // metrics of switched-off modules are absent, as in reports
                .add("metrics", Json.createArrayBuilder(profile.modules().stream()
                        .flatMap(m -> m.metrics().stream()).sorted().toList()));
        if (profile.primaryRole() != null) {
            b.add("primaryRole", profile.primaryRole());
        }
        profile.organization().ifPresent(o -> b.add("organization", Json.createObjectBuilder()
                .add("alias", o.getAlias())
                .add("kind", o.getKind().code())
                .add("nameZh", o.getNameZh())
                .add("nameEn", o.getNameEn() == null ? o.getNameZh() : o.getNameEn())));
        return b.build();
    }
}
