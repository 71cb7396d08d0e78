package cn.huiyin.proposals.domain.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * Categories (分类) an item is registered under. The code is stored; the Chinese name is what the
 * session list (XLSX) carries. UI labels are translations ({@code proposals.category.<code>}).
 */
public enum Category {
    SOCIAL_GOVERNANCE("social_governance", "社会治理"),
    CASE_HANDLING("case_handling", "案件办理"),
    TRAFFIC("traffic", "交通"),
    EDUCATION("education", "教育"),
    PUBLIC_SECURITY("public_security", "治安"),
    URBAN_CONSTRUCTION("urban_construction", "城乡建设"),
    ENVIRONMENT("environment", "生态环境"),
    HEALTH("health", "医疗卫生"),
    ECONOMY("economy", "经济发展"),
    AGRICULTURE("agriculture", "农业农村"),
    SOCIAL_SECURITY("social_security", "社会保障"),
    CULTURE("culture", "文化旅游"),
    OTHER("other", "其他");

    private final String code;
    private final String zh;

    Category(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    /** By code or Chinese name. */
    public static Optional<Category> find(String codeOrZh) {
        if (codeOrZh == null) {
            return Optional.empty();
        }
        String s = codeOrZh.strip();
        return Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(s) || c.zh.equals(s)).findFirst();
    }
}
