package app.delegations.ui.filter;

import app.delegations.ui.common.ShortText;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One facet: a titled list of check boxes ({@code #facet-<id>-<key>}) in a box ({@code #facet-<id>}), each with
 * the count its value would leave, written as the UI's language writes numbers ("1,315", "1 315", as the Figures
 * do). A box is ticked exactly when its value is in the filter's set, whichever
 * side changes; a value counting 0 and not chosen shows as {@code :empty}. The rows are made on request
 * ({@link #addRows}), so that many values can be spread over frames; counts are kept for the rows made.
 */
final class Facet<T> {
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");

    private final List<T> values;
    private final VBox node = new VBox();
    private final List<CheckBox> boxes = new ArrayList<>();
    private final List<Label> counts = new ArrayList<>();
    private final String id;
    private final Function<T, String> label;
    private final Function<T, String> key;
    private final ObservableSet<T> chosen;
    private final ToIntFunction<T> count;
    private final NumberFormat numbers;
    private final SetChangeListener<T> onChosen;
    private boolean syncing;

    /**
     * @param label  the text of a value's box
     * @param key    the last part of a value's box id
     * @param chosen the filter's set the boxes edit
     * @param count  what choosing a value would leave, read from the filter's current counts
     * @param numbers writes a count (grouped in the UI's language)
     */
    Facet(String id, String title, List<T> values, Function<T, String> label, Function<T, String> key,
          ObservableSet<T> chosen, ToIntFunction<T> count, NumberFormat numbers) {
        this.id = id;
        this.values = values;
        this.label = label;
        this.key = key;
        this.chosen = chosen;
        this.count = count;
        this.numbers = numbers;
        node.getStyleClass().add("facet");
        node.setId("facet-" + id);
        var heading = new Label(title);
        heading.getStyleClass().add("facet-title");
        node.getChildren().add(heading);
        onChosen = c -> sync();
        chosen.addListener(onChosen);
    }

    VBox node() {
        return node;
    }

    /** How many values (rows, once all are made) the facet has. */
    int size() {
        return values.size();
    }

    /** True when every value has its row. */
    boolean complete() {
        return boxes.size() == values.size();
    }

    /** True when {@code other} has this facet's values under the same labels: its rows would show as these do. */
    boolean showsAs(Facet<?> other) {
        if (!id.equals(other.id) || !values.equals(other.values)) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!label.apply(values.get(i)).equals(other.labelAt(i))) {
                return false;
            }
        }
        return true;
    }

    private String labelAt(int i) {
        return label.apply(values.get(i));
    }

    /** Makes up to {@code max} more rows, in the values' order; returns how many it made. */
    int addRows(int max) {
        int from = boxes.size();
        int to = (int) Math.min(values.size(), (long) from + max);
        var rows = new ArrayList<HBox>(to - from);
        for (int i = from; i < to; i++) {
            T v = values.get(i);
            var box = new CheckBox(ShortText.shorten(label.apply(v), ShortText.LINE));
            box.setId("facet-" + id + "-" + key.apply(v));
            box.setMnemonicParsing(false);
            box.setSelected(chosen.contains(v));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setWrapText(true);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.selectedProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    if (b) {
                        chosen.add(v);
                    } else {
                        chosen.remove(v);
                    }
                }
            });
            var n = new Label();
            n.getStyleClass().add("facet-count");
            n.setMinWidth(Region.USE_PREF_SIZE);
            var row = new HBox(6, box, n);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("facet-row");
            boxes.add(box);
            counts.add(n);
            rows.add(row);
            updateCount(i);
        }
        node.getChildren().addAll(rows);
        return to - from;
    }

    /** Shows the filter's current counts on the rows made so far. */
    void updateCounts() {
        for (int i = 0; i < boxes.size(); i++) {
            updateCount(i);
        }
    }

    /** Stops following the filter's set. */
    void dispose() {
        chosen.removeListener(onChosen);
    }

    private void sync() {
        syncing = true;
        try {
            for (int i = 0; i < boxes.size(); i++) {
                boxes.get(i).setSelected(chosen.contains(values.get(i)));
            }
        } finally {
            syncing = false;
        }
    }

    private void updateCount(int i) {
        int n = count.applyAsInt(values.get(i));
        String written = numbers.format(n);
        counts.get(i).setText(written);
        boxes.get(i).setAccessibleText(boxes.get(i).getText() + ", " + written); // read with its count
        boolean dead = n == 0 && !chosen.contains(values.get(i));
        boxes.get(i).pseudoClassStateChanged(EMPTY, dead);
        counts.get(i).pseudoClassStateChanged(EMPTY, dead);
    }
}
