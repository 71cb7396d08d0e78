package cn.huiyin.proposals.domain.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** 人大代表建议 or 政协委员提案; the Chinese word is what the session list (XLSX) says. */
public enum ItemKind {
    SUGGESTION("建议"), PROPOSAL("提案");

    private final String zh;

    ItemKind(String zh) {
        this.zh = zh;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String zh() {
        return zh;
    }

    /** By code ({@code suggestion}) or by its Chinese word (建议), as a spreadsheet may say either. */
    public static Optional<ItemKind> find(String codeOrZh) {
        if (codeOrZh == null) {
            return Optional.empty();
        }
        String s = codeOrZh.strip();
        return Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(s) || k.zh.equals(s)).findFirst();
    }
}
