package app.delegations.ui.common;

import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Gives a table its rows so that it makes the cells of at most {@link #ROWS} new rows per frame. A table given
 * many rows at once makes, styles and lays out the cells of every row it can show in one frame (the costs are in
 * {@code src/bench/README.md}, "Frame budget"). So when a change
 * of the rows (from {@link #FROM} rows) would show more than {@link #ROWS} rows beyond the most it has shown,
 * the table first shows as many rows as it had, with the new items (it rebinds every cell when its items are
 * replaced), or {@link #ROWS} when it was empty, then {@link #ROWS} more per frame, added at the end (it then
 * only makes the new rows' cells), until it has shown a screenful. Once it has, its cells exist and every
 * change reaches it at once.
 */
public final class GradualFill<R> {
    /** New rows shown per frame ({@link Pace#TABLE_ROWS_PER_FRAME}). */
    public static final int ROWS = Pace.TABLE_ROWS_PER_FRAME;
    /** Rows from which a change is spread over frames ({@link Pace#TABLE_FILL_FROM}). */
    public static final int FROM = Pace.TABLE_FILL_FROM;

    private final TableView<R> table;
    private final Frames frames;
    private final double rowHeight;
    private final RevealList<R> reveal;

    private GradualFill(TableView<R> table, ObservableList<R> rows, Frames frames, double rowHeight) {
        this.table = table;
        this.frames = frames;
        this.rowHeight = rowHeight;
        this.reveal = new RevealList<>(rows);
        reveal.onGrowth(new RevealList.Growth(FROM, ROWS, this::screenful, () -> frames.later(this::more)));
        table.setItems(reveal);
    }

    /** Gives {@code table} the rows of {@code rows}, the cells of many new rows spread over frames. */
    public static <R> void show(TableView<R> table, ObservableList<R> rows, Frames frames, double rowHeight) {
        new GradualFill<>(table, rows, frames, rowHeight);
    }

    /** The rows the table can show at its height (at least one). */
    private int screenful() {
        return Math.max(1, (int) Math.ceil(table.getHeight() / rowHeight) + 1);
    }

    /** Shows {@link #ROWS} more rows, or all once a screenful is shown; again in the next frame. */
    private void more() {
        if (!reveal.limited()) {
            return;
        }
        int next = reveal.size() + ROWS;
        if (next >= screenful() || next >= reveal.getSource().size()) {
            reveal.unlimit();
        } else {
            reveal.limit(next);
            frames.later(this::more);
        }
    }
}
