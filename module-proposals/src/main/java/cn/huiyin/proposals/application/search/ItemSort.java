package cn.huiyin.proposals.application.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Orders of the item list; every one ends with the item id, so paging is stable. */
public enum ItemSort {
    /** 交办日期: newest first by default. */
    ASSIGNED(true),
    /** 编号 */
    NUMBER(false),
    /** Nearest open deadline first; items without one last. */
    DEADLINE(false),
    /** In the order of the workflow (交办 → 办结). */
    STATE(false);

    private final boolean descendingByDefault;

    ItemSort(boolean descendingByDefault) {
        this.descendingByDefault = descendingByDefault;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean descendingByDefault() {
        return descendingByDefault;
    }

    /** @return the sort, or null for an unknown code */
    public static ItemSort ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(ItemSort::code).toList();
    }
}
