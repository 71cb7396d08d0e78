package cn.huiyin.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;

/** Vaadin 25 ships no theme by default: Lumo plus our plain CSS, no frontend build needed. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/huiyin.css")
@Meta(name = "application-name", content = "回音 Huiyin")
public class AppShell implements AppShellConfigurator {
}
