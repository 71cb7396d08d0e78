package cn.huiyin.ui.proposals;

import cn.huiyin.proposals.ProposalsModule;
import cn.huiyin.ui.shell.ModulePlaceholder;
import cn.huiyin.ui.shell.ModuleView;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Entry page of the proposals module (placeholder until the module's own issue lands). */
@Route(value = ProposalsModule.ID, registerAtStartup = false)
@ModuleView(ProposalsModule.ID)
public class ProposalsView extends ModulePlaceholder {

    @Inject
    public ProposalsView(ProposalsModule module) {
        super(module);
    }
}
