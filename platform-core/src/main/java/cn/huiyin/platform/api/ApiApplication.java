package cn.huiyin.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Map;

/** The one JAX-RS application; every module's resources live under {@code /api/v1}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // WADL would be an endpoint without a declared permission
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
