package app.delegations.ui.common;

/** One key of a table's sort: a column and its direction. */
public record SortKey<C>(C column, boolean ascending) {
}
