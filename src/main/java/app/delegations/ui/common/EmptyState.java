package app.delegations.ui.common;

import app.delegations.ui.filter.FilterModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a view shows instead of a blank area: with no data, how to open a file; with nothing left by the
 * filter, what did not match and a button to clear the filter.
 */
public final class EmptyState {
    private EmptyState() {
    }

    /**
     * A placeholder for a view whose messages live under {@code prefix}: {@code prefix.empty.nodata},
     * {@code prefix.empty.nomatch} (with the search text as {0}) and {@code prefix.empty.nomatch.facets}.
     */
    public static Node forTable(FilterModel filter, Messages m, String prefix, ObservableBooleanValue hasData) {
        var title = new Label();
        title.getStyleClass().addAll("empty-title");
        title.setWrapText(true);
        var hint = new Label();
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        var clear = new Button(m.get("filter.clear"));
        clear.getStyleClass().add("empty-action");
        clear.setOnAction(e -> filter.clear());
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!hasData.get()) {
                return m.get(prefix + ".empty.nodata");
            }
            String q = filter.searchTextProperty().get().trim();
            return q.isEmpty() ? m.get(prefix + ".empty.nomatch.facets") : m.format(prefix + ".empty.nomatch", q);
        }, hasData, filter.searchTextProperty(), filter.activeProperty()));
        hint.textProperty().bind(Bindings.when(Bindings.createBooleanBinding(hasData::get, hasData))
                .then(m.get("empty.hint.filter")).otherwise(m.get("empty.hint.open")));
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> hasData.get() && filter.activeProperty().get(),
                hasData, filter.activeProperty()));
        clear.managedProperty().bind(clear.visibleProperty());
        var box = new VBox(8, title, hint, clear);
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }

    /** A simple message with a hint, for panes without a filter (details, source). */
    public static Node message(String title, String hint) {
        var t = new Label(title);
        t.getStyleClass().add("empty-title");
        t.setWrapText(true);
        var h = new Label(hint);
        h.getStyleClass().add("empty-hint");
        h.setWrapText(true);
        var box = new VBox(8, t, h);
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
