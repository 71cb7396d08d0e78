package cn.huiyin.platform.application;

import cn.huiyin.platform.domain.module.ModuleDescriptor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** All module descriptors found at runtime, in an order where every module follows those it requires. */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @Any
    Instance<ModuleDescriptor> discovered;

    private List<ModuleDescriptor> modules;

    @PostConstruct
    void discover() {
        modules = ModuleOrder.sort(discovered.stream().toList());
    }

    public List<ModuleDescriptor> modules() {
        return modules;
    }

    public Optional<ModuleDescriptor> find(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
