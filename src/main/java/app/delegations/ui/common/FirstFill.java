package app.delegations.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * Shows a table's rows the first time it fills: an empty table given many rows at once makes and styles the
 * cells of a screenful of rows in one frame (120 ms and more on a 2-core office machine, the first time more
 * than later). From {@link #FROM} rows it shows {@link #ROWS} more per frame until a screenful is shown; either
 * way, once the table has rows it takes them straight from {@code rows} (a keystroke's changes then pass
 * through no extra list).
 */
public final class FirstFill<R> {
    /** Rows shown per frame while the table first fills. */
    public static final int ROWS = 10;
    /** Rows from which the first filling is spread over frames. */
    public static final int FROM = 1_000;

    private final TableView<R> table;
    private final ObservableList<R> rows;
    private final Frames frames;
    private final double rowHeight;
    /** The rows while the table first fills; null after. */
    private RevealList<R> reveal;
    private final ListChangeListener<R> onRows;

    private FirstFill(TableView<R> table, ObservableList<R> rows, Frames frames, double rowHeight) {
        this.table = table;
        this.rows = rows;
        this.frames = frames;
        this.rowHeight = rowHeight;
        this.reveal = new RevealList<>(rows);
        reveal.onFill(FROM, ROWS, () -> frames.later(this::more));
        table.setItems(reveal);
        onRows = c -> {
            if (reveal != null && !reveal.limited() && !rows.isEmpty()) {
                direct(); // a first fill small enough to show at once
            }
        };
        rows.addListener(onRows);
    }

    /** Gives {@code table} the rows of {@code rows}, the first time spread over frames when they are many. */
    public static <R> void show(TableView<R> table, ObservableList<R> rows, Frames frames, double rowHeight) {
        new FirstFill<>(table, rows, frames, rowHeight);
    }

    private void direct() {
        table.setItems(rows);
        reveal = null;
        rows.removeListener(onRows);
    }

    /** Shows {@link #ROWS} more rows, or all once a screenful is shown; again in the next frame. */
    private void more() {
        if (reveal == null || !reveal.limited()) {
            return;
        }
        int screenful = (int) Math.ceil(table.getHeight() / rowHeight) + 1;
        int next = reveal.size() + ROWS;
        if (next >= screenful || next >= rows.size()) {
            direct(); // the table is given the whole list: no need to tell it of the rows added first
        } else {
            reveal.limit(next);
            frames.later(this::more);
        }
    }
}
