package app.delegations.ui.common;

import app.delegations.text.TextFold;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;

/** A table cell that shows its text with the search words' matches highlighted (folded, as the filter matches). */
public final class HighlightCell<R> extends TableCell<R, R> {
    private final Function<R, String> text;
    private final Supplier<List<String>> words;
    private final DataTableTip tip = new DataTableTip(this);
    /** The marked runs, made with the cell's first match and kept for every later row and words. */
    private MatchRuns runs;
    /** The last text marked, the words it was marked for and its marks: the same again, not looked for again. */
    private String markedText;
    private List<String> markedWords;
    private List<int[]> marks = List.of();

    public HighlightCell(Function<R, String> text, Supplier<List<String>> words) {
        this.text = text;
        this.words = words;
    }

    @Override
    protected void updateItem(R item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            if (runs != null) {
                runs.clear(); // kept for the next row: shown again, its labels are not made and styled anew
            }
            return;
        }
        String s = ShortText.shorten(text.apply(item), ShortText.LINE);
        List<String> w = words.get();
        if (!s.equals(markedText) || w != markedWords) {
            markedText = s;
            markedWords = w;
            marks = TextFold.matchRanges(s, w);
        }
        setText(s);
        if (marks.isEmpty()) { // the cell's own text; the runs, out of the scene graph, wait for the next match
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            return;
        }
        if (runs == null) {
            runs = new MatchRuns(); // one line of runs, cut with an ellipsis as the plain text is
            setGraphic(runs);
        }
        runs.show(s, marks);
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
        if (runs != null) { // the skin gives a graphic its preferred width: the cell's at most
            runs.setMaxWidth(Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()));
        }
        super.layoutChildren();
        tip.check();
    }
}
