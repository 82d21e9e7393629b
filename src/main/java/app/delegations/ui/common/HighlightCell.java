package app.delegations.ui.common;

import app.delegations.text.TextFold;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;

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
        var flow = new HBox(); // one line of runs: a TextFlow would wrap and grow the row
        flow.setAlignment(Pos.CENTER_LEFT);
        flow.getStyleClass().add("match-flow");
        int at = 0;
        for (int[] r : ranges) {
            if (r[0] > at) {
                flow.getChildren().add(part(s.substring(at, r[0]), false));
            }
            flow.getChildren().add(part(s.substring(r[0], r[1]), true));
            at = r[1];
        }
        if (at < s.length()) {
            flow.getChildren().add(part(s.substring(at), false));
        }
        setText(s);
        setGraphic(flow);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** While the text is shown (no match marked) and cut by the column, the whole is in a tooltip. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        tip.check();
    }

    private static Label part(String s, boolean match) {
        var t = new Label(s);
        t.getStyleClass().add(match ? "match" : "match-rest");
        t.setMinWidth(Region.USE_PREF_SIZE);
        return t;
    }
}
