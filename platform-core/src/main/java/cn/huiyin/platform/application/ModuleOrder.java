package cn.huiyin.platform.application;

import cn.huiyin.platform.domain.module.ModuleDescriptor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders modules so that each comes after the modules it requires; refuses duplicates, gaps and cycles. */
public final class ModuleOrder {

    private ModuleOrder() {
    }

    public static List<ModuleDescriptor> sort(List<ModuleDescriptor> modules) {
        Map<String, ModuleDescriptor> byId = new LinkedHashMap<>();
        modules.stream().sorted(Comparator.comparing(ModuleDescriptor::id)).forEach(m -> {
            if (byId.put(m.id(), m) != null) {
                throw new IllegalStateException("Two modules declare the id '" + m.id() + "'");
            }
        });
        List<ModuleDescriptor> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ModuleDescriptor m : byId.values()) {
            visit(m, byId, done, new HashSet<>(), ordered);
        }
        return List.copyOf(ordered);
    }

    private static void visit(ModuleDescriptor m, Map<String, ModuleDescriptor> byId, Set<String> done,
                              Set<String> path, List<ModuleDescriptor> out) {
        if (done.contains(m.id())) {
            return;
        }
        if (!path.add(m.id())) {
            throw new IllegalStateException("Modules require each other in a cycle through '" + m.id() + "'");
        }
        for (String required : m.requiredModules().stream().sorted().toList()) {
            ModuleDescriptor dep = byId.get(required);
            if (dep == null) {
                throw new IllegalStateException("Module '" + m.id() + "' requires '" + required + "', which is not installed");
            }
            visit(dep, byId, done, path, out);
        }
        path.remove(m.id());
        done.add(m.id());
        out.add(m);
    }
}
