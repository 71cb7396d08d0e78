package cn.huiyin.ui.shell;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds every {@link ModuleView} at deployment, so no list of views is kept by hand. */
public class ModuleViews implements Extension {

    private static final Map<String, List<Class<? extends Component>>> BY_MODULE = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> void collect(@Observes @WithAnnotations(ModuleView.class) ProcessAnnotatedType<T> type) {
        Class<T> view = type.getAnnotatedType().getJavaClass();
        if (Component.class.isAssignableFrom(view)) {
            String module = view.getAnnotation(ModuleView.class).value();
            BY_MODULE.computeIfAbsent(module, m -> new ArrayList<>()).add((Class<? extends Component>) view);
        }
    }

    public static List<Class<? extends Component>> of(String moduleId) {
        return BY_MODULE.getOrDefault(moduleId, List.of());
    }
}
