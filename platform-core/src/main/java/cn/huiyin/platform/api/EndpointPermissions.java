package cn.huiyin.platform.api;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every REST endpoint of every module with the permission it declares, found at deployment:
 * "GET /proposals/items/{id}" → "proposals.read". Feeds the OpenAPI document (and a future
 * endpoint × role × tenant test matrix).
 */
public class EndpointPermissions implements Extension {

    private static final Map<String, String> ENDPOINTS = new ConcurrentHashMap<>();

    <T> void collect(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> type) {
        Class<T> resource = type.getAnnotatedType().getJavaClass();
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
            return;
        }
        for (Method m : resource.getMethods()) {
            String verb = httpMethod(m);
            if (verb == null) {
                continue;
            }
            Path methodPath = m.getAnnotation(Path.class);
            String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
            ENDPOINTS.put(verb + " " + path, PermissionFilter.permissionOf(m, resource).orElse("(none)"));
        }
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** "VERB /path" (relative to /api/v1) → permission code. */
    public static Map<String, String> all() {
        return new TreeMap<>(ENDPOINTS);
    }
}
