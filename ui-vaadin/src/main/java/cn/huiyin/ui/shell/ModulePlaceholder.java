package cn.huiyin.ui.shell;

import cn.huiyin.platform.domain.module.ModuleDescriptor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Page of a module whose own issue is not done yet: says so plainly instead of pretending. */
public abstract class ModulePlaceholder extends VerticalLayout {

    protected ModulePlaceholder(ModuleDescriptor module) {
        setId("module-" + module.id());
        boolean en = "en".equals(UI.getCurrent().getLocale().getLanguage());
        add(new H2(en ? module.nameEn() : module.nameZh()), new Paragraph(getTranslation("module.placeholder")));
    }
}
