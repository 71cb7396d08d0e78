package cn.huiyin.ui.it.notices;

import cn.huiyin.ui.shell.ModulePlaceholder;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

@Route(value = NoticesModule.ID, registerAtStartup = false)
@ModuleView(NoticesModule.ID)
public class NoticesView extends ModulePlaceholder {

    @Inject
    public NoticesView(NoticesModule module) {
        super(module);
    }
}
