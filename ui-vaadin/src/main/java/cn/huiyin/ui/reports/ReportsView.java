package cn.huiyin.ui.reports;

import cn.huiyin.reports.ReportsModule;
import cn.huiyin.ui.shell.ModulePlaceholder;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Entry page of the reports module (placeholder until the module's own issue lands). */
@Route(value = ReportsModule.ID, registerAtStartup = false)
@ModuleView(ReportsModule.ID)
public class ReportsView extends ModulePlaceholder {

    @Inject
    public ReportsView(ReportsModule module) {
        super(module);
    }
}
