package cn.huiyin.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

import java.util.Map;

/**
 * Puts every endpoint into the OpenAPI document with the permission it needs
 * ({@code x-huiyin-permission} and a line of description). Payara's scanner does not look into
 * WEB-INF/lib, where the modules' resources live, so endpoints it missed are added from what
 * {@link EndpointPermissions} found at deployment. Registered by {@code mp.openapi.filter}.
 */
public class PermissionsInOpenApi implements OASFilter {

    public static final String EXTENSION = "x-huiyin-permission";
    static final String API_ROOT = "/api/v1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths() != null ? openAPI.getPaths() : OASFactory.createPaths();
        openAPI.setPaths(paths);
        for (Map.Entry<String, String> endpoint : EndpointPermissions.all().entrySet()) {
            String[] key = endpoint.getKey().split(" ", 2);
            PathItem.HttpMethod verb = PathItem.HttpMethod.valueOf(key[0]);
            String path = API_ROOT + key[1];
            PathItem item = paths.getPathItem(path);
            PathItem rootless = paths.getPathItem(key[1]);
            if (item == null && rootless != null) {
                // scanned from WEB-INF/classes without the application path (it lives in a library)
                paths.removePathItem(key[1]);
                paths.addPathItem(path, rootless);
                item = rootless;
            }
            if (item == null) {
                item = OASFactory.createPathItem();
                paths.addPathItem(path, item);
            }
            Operation op = item.getOperations() == null ? null : item.getOperations().get(verb);
            if (op == null) {
                op = OASFactory.createOperation();
                item.setOperation(verb, op);
            }
            op.addExtension(EXTENSION, endpoint.getValue());
            String description = op.getDescription();
            op.setDescription((description == null ? "" : description + "\n\n") + "Permission: `" + endpoint.getValue() + "`");
        }
    }
}
