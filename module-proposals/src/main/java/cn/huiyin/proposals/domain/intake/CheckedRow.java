package cn.huiyin.proposals.domain.intake;

import java.util.List;

/** A session-list row after the check: the item it describes when valid, its errors otherwise. */
public record CheckedRow(SessionListRow source, ItemDraft draft, List<RowError> errors) {

    public CheckedRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
