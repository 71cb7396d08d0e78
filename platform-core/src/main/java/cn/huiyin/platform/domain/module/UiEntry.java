package cn.huiyin.platform.domain.module;

/**
 * One navigation entry of a module.
 *
 * @param route      the Vaadin route path, e.g. {@code proposals}
 * @param labelZh    label in Chinese (the default language)
 * @param labelEn    label in English
 * @param permission permission code a user needs to see the entry, or {@code null} for any signed-in user
 */
public record UiEntry(String route, String labelZh, String labelEn, String permission) {

    public String label(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }
}
