package cn.huiyin.helm;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finds fields that fabric8 did not recognise. Its typed model keeps unknown YAML keys in
 * {@code additionalProperties} instead of failing, so a misspelt key ({@code readinesProbe},
 * {@code secretKeyref}) would otherwise render, apply and silently do nothing.
 *
 * <p>Walks every {@code @JsonProperty} field of the fabric8 model classes, recursively through lists
 * and maps, and reports each non-empty {@code getAdditionalProperties()} with its path. A
 * {@link GenericKubernetesResource} (a custom resource such as a CloudNativePG Cluster) has no schema
 * here: everything in it is "additional", so it is not walked.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> in(Object root) {
        List<String> found = new ArrayList<>();
        walk(root, "", found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node == null || node instanceof CharSequence || node instanceof Number || node instanceof Boolean
                || node instanceof Enum<?> || node instanceof GenericKubernetesResource) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "[" + key + "]", found));
            return;
        }
        Class<?> type = node.getClass();
        if (!type.getName().startsWith("io.fabric8.")) {
            return;
        }
        Map<?, ?> additional = additionalProperties(node);
        if (additional != null && !additional.isEmpty()) {
            found.add((path.isEmpty() ? "<root>" : path) + ": " + additional.keySet());
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property == null || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                String name = property.value().isEmpty() ? field.getName() : property.value();
                walk(read(field, node), path.isEmpty() ? name : path + "." + name, found);
            }
        }
    }

    private static Map<?, ?> additionalProperties(Object node) {
        try {
            Method getter = node.getClass().getMethod("getAdditionalProperties");
            return getter.invoke(node) instanceof Map<?, ?> map ? map : null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object read(Field field, Object node) {
        try {
            field.setAccessible(true);
            return field.get(node);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
