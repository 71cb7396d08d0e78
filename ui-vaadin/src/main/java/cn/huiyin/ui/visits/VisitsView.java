package cn.huiyin.ui.visits;

import cn.huiyin.visits.VisitsModule;
import cn.huiyin.ui.shell.ModulePlaceholder;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Entry page of the visits module (placeholder until the module's own issue lands). */
@Route(value = VisitsModule.ID, registerAtStartup = false)
@ModuleView(VisitsModule.ID)
public class VisitsView extends ModulePlaceholder {

    @Inject
    public VisitsView(VisitsModule module) {
        super(module);
    }
}
