package cn.huiyin.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/** The one JAX-RS application; every module's resources live under {@code /api/v1}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // @RolesAllowed on resources needs Jersey's feature switched on explicitly.
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
