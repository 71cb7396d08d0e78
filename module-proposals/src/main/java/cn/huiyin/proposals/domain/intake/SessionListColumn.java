package cn.huiyin.proposals.domain.intake;

import java.util.List;

/**
 * The columns of the session list (交办清单) in the order of the template; the header row carries
 * the Chinese names. {@code code} names the column in errors (API) and translations (UI).
 */
public enum SessionListColumn {
    KIND("kind", "类别（建议/提案）", true, 16),
    SESSION("session", "届次会议", true, 64),
    NUMBER("number", "编号", true, 32),
    TITLE("title", "标题", true, 300),
    BODY("body", "内容", true, 20000),
    PROPOSER("proposer", "领衔人", true, 100),
    GROUP("group", "代表团/界别", false, 100),
    CO_SIGNERS("coSigners", "附议人（以、分隔）", false, 2000),
    CATEGORY("category", "分类", true, 32),
    KEY_ITEM("keyItem", "重点（是/否）", false, 8),
    AGENCY("agency", "主办单位", true, 200),
    ASSIGNED_ON("assignedOn", "交办日期", true, 32);

    public static final List<SessionListColumn> ALL = List.of(values());

    private final String code;
    private final String header;
    private final boolean required;
    private final int maxLength;

    SessionListColumn(String code, String header, boolean required, int maxLength) {
        this.code = code;
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String code() {
        return code;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }
}
