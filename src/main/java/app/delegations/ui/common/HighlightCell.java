package app.delegations.ui.common;

import app.delegations.text.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Label;

/** A table cell that shows its text with the search words' matches highlighted (folded, as the filter matches). */
public final class HighlightCell<R> extends TableCell<R, R> {
    private final Function<R, String> text;
    private final Supplier<List<String>> words;
    private final DataTableTip tip = new DataTableTip(this);

    public HighlightCell(Function<R, String> text, Supplier<List<String>> words) {
        this.text = text;
        this.words = words;
    }

    @Override
    protected void updateItem(R item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String s = ShortText.shorten(text.apply(item), ShortText.LINE);
        List<int[]> ranges = TextFold.matchRanges(s, words.get());
        if (ranges.isEmpty()) {
            setText(s);
            setGraphic(null);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            return;
        }
        var runs = new ArrayList<Label>();
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] > at) {
                runs.add(part(s.substring(at, r[0]), false));
            }
            runs.add(part(s.substring(r[0], r[1]), true));
            at = r[1];
        }
        if (at < s.length()) {
            runs.add(part(s.substring(at), false));
        }
        var flow = new MatchRuns(runs); // one line of runs, cut with an ellipsis as the plain text is
        setText(s);
        setGraphic(flow);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Shows its row again with the search words as they are now (they changed; the row did not). */
    void remark() {
        if (!isEmpty() && getItem() != null) {
            updateItem(getItem(), false);
        }
    }

    /** While the text is shown cut by the column (an ellipsis, matches marked or not), the whole is in a tooltip. */
    @Override
    protected void layoutChildren() {
        if (getGraphic() instanceof MatchRuns runs) { // the skin gives a graphic its preferred width: the cell's at most
            runs.setMaxWidth(Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()));
        }
        super.layoutChildren();
        tip.check();
    }

    private static Label part(String s, boolean match) {
        var t = new Label(s);
        t.getStyleClass().add(match ? "match" : "match-rest");
        t.setMinWidth(0); // MatchRuns cuts the run at the column's edge: it ends in "…"
        return t;
    }
}
