package cn.huiyin.helm;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small readers over the typed objects. */
final class K8s {

    private K8s() {
    }

    static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream().filter(e -> name.equals(e.getName())).findFirst();
    }

    static String envValue(Container container, String name) {
        return env(container, name).map(EnvVar::getValue)
                .orElseThrow(() -> new AssertionError("no env " + name + " in container " + container.getName()));
    }

    /** The container port an HTTP probe reaches, resolving a named port. */
    static int probePort(Container container, HTTPGetAction get) {
        IntOrString port = get.getPort();
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("probe port " + port.getStrVal() + " is not a container port"));
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** Whether the Role grants {@code verb} on {@code resource} of {@code apiGroup}. */
    static boolean allows(Role role, String apiGroup, String resource, String verb) {
        for (PolicyRule rule : role.getRules()) {
            if (matches(rule.getApiGroups(), apiGroup) && matches(rule.getResources(), resource)
                    && matches(rule.getVerbs(), verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> granted, String wanted) {
        return granted != null && (granted.contains(wanted) || granted.contains("*"));
    }
}
