package cn.huiyin.ui.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view as belonging to a module. Such views carry {@code @Route(registerAtStartup = false)}:
 * they are registered per session, only for modules switched on for the user's agency.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModuleView {
    /** The module id, as in its descriptor. */
    String value();
}
