package cn.huiyin.ui.shell;

import cn.huiyin.platform.application.ModuleRegistry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** Landing page after sign-in. */
@Route("")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(ModuleRegistry modules) {
        setId("home");
        H2 title = new H2(getTranslation("home.title"));
        Paragraph motto = new Paragraph(getTranslation("app.motto"));
        motto.addClassName("huiyin-motto");
        UnorderedList list = new UnorderedList();
        var locale = UI.getCurrent().getLocale();
        modules.modules().forEach(m -> list.add(new ListItem("en".equals(locale.getLanguage()) ? m.nameEn() : m.nameZh())));
        add(title, motto, new Paragraph(getTranslation("home.intro")), new H2(getTranslation("home.modules")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
