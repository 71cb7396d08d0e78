package cn.huiyin.proposals.domain.intake;

/**
 * What is wrong with one cell of the session list. {@code code} is stable ({@code missing},
 * {@code too-long}, {@code bad-kind}, {@code bad-category}, {@code bad-key-flag}, {@code bad-date},
 * {@code unknown-agency}, {@code duplicate-in-file}, {@code already-registered}, {@code too-many-co-signers});
 * {@code detail} says it for people (English; the UI translates the code).
 */
public record RowError(int row, SessionListColumn column, String code, String detail) {
}
