package cn.huiyin.proposals.domain.intake;

import java.util.Map;

/**
 * One data row of an uploaded session list as text, before any check: {@code row} is the
 * spreadsheet's own row number (the header is row 1), so errors point where people look.
 */
public record SessionListRow(int row, Map<SessionListColumn, String> values) {

    public SessionListRow {
        values = Map.copyOf(values);
    }

    /** The cell's text, stripped; {@code null} when empty. */
    public String get(SessionListColumn column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
