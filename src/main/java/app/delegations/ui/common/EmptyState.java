package app.delegations.ui.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a view shows instead of a blank area: with no data, how to open a file and a button for the bundled
 * data (after a cancelled first load, that it was cancelled); with nothing left by the filter, what did not
 * match, and a button to clear it named for what hides the rows (the search, the filters, or both).
 */
public final class EmptyState {
    private EmptyState() {
    }

    /**
     * Whether the window has data to show.
     *
     * @param hasData     data is shown
     * @param loading     a file is loading
     * @param cancelled   the user cancelled the load and nothing is shown
     * @param openBundled shows the bundled data
     */
    public record DataStatus(ObservableBooleanValue hasData, ObservableBooleanValue loading,
                             ObservableBooleanValue cancelled, Runnable openBundled) {
    }

    /**
     * What the empty state needs of the window's filter.
     *
     * @param searchText the search text as typed
     * @param active     true when any part of the filter is set
     * @param chosen     true when a part other than the search is set (a facet, the dates, a view's own
     *                   narrowing): with the search text it tells which of them the empty state names
     * @param clear      clears the search and every facet
     */
    public record FilterState(ObservableStringValue searchText, ObservableBooleanValue active,
                              ObservableBooleanValue chosen, Runnable clear) {
    }

    /** What hides the rows, for the words of an empty state or of a hidden record's notice. */
    public enum Hider {
        /** The search text alone. */
        SEARCH,
        /** Facets, dates or a narrowing, with no search text. */
        FILTERS,
        /** A search text and filters. */
        BOTH;

        /** What hides the rows, given whether there is a search text and whether anything else is chosen. */
        public static Hider of(boolean searching, boolean chosen) {
            return searching && chosen ? BOTH : searching ? SEARCH : FILTERS;
        }

        /** The one of three message keys that names this. */
        public String pick(String filters, String search, String both) {
            return this == SEARCH ? search : this == BOTH ? both : filters;
        }
    }

    /**
     * A placeholder for a view whose messages live under {@code prefix}: {@code prefix.empty.nodata},
     * {@code prefix.empty.nomatch} (with the search text as {0}) and {@code prefix.empty.nomatch.facets}. Its hint
     * and its button name what hides the rows: the search, the filters, or both ({@link Hider}).
     */
    public static Node forTable(FilterState filter, Messages m, String prefix, DataStatus data) {
        return forTable(filter, m, prefix, data, new SimpleStringProperty(), () -> { });
    }

    /**
     * The same for a view that can be narrowed to one record's rows ({@code narrowedTo}: its name, null while not
     * narrowed): when the narrowing alone hides the rows (no search, nothing chosen on the left), the title says
     * that record has none ({@code prefix.empty.narrowed}, the name as {0}), the hint how to go on
     * ({@code prefix.empty.narrowed.hint}) and the button shows every row again ({@code prefix.narrowed.clear});
     * the filters are not named, as none is set. When the narrowing and filters together hide them, the title names
     * both ({@code prefix.empty.narrowed.nomatch}, with a search {@code prefix.empty.narrowed.nomatch.search}), and
     * there are two ways out: clear the filters (the narrowing stays) or {@code widen} ({@code prefix.narrowed.widen},
     * the filters stay).
     */
    public static Node forTable(FilterState filter, Messages m, String prefix, DataStatus data,
                                ObservableStringValue narrowedTo, Runnable widen) {
        ObservableBooleanValue hasData = data.hasData();
        ObservableBooleanValue loading = data.loading();
        ObservableBooleanValue cancelled = data.cancelled();
        var title = new Label();
        title.getStyleClass().addAll("empty-title");
        title.setWrapText(true);
        var hint = new Label();
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        var clear = new Button();
        clear.getStyleClass().add("empty-action");
        var widenButton = new Button(m.get(prefix + ".narrowed.widen"));
        widenButton.getStyleClass().add("empty-action");
        widenButton.setOnAction(e -> widen.run());
        ObjectBinding<Hider> hider = Bindings.createObjectBinding(() -> Hider.of(
                !filter.searchText().get().trim().isEmpty(), filter.chosen().get()), filter.searchText(), filter.chosen());
        BooleanBinding onlyNarrowed = Bindings.createBooleanBinding(() -> narrowedTo.get() != null
                && filter.searchText().get().trim().isEmpty() && !filter.chosen().get(),
                narrowedTo, filter.searchText(), filter.chosen());
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!hasData.get()) {
                return m.get(loading.get() ? "empty.loading" : cancelled.get() ? "empty.cancelled" : prefix + ".empty.nodata");
            }
            if (onlyNarrowed.get()) {
                return m.format(prefix + ".empty.narrowed", narrowedTo.get());
            }
            String q = filter.searchText().get().trim();
            if (narrowedTo.get() != null) {
                return q.isEmpty() ? m.format(prefix + ".empty.narrowed.nomatch", narrowedTo.get())
                        : m.format(prefix + ".empty.narrowed.nomatch.search", narrowedTo.get(), q);
            }
            return q.isEmpty() ? m.get(prefix + ".empty.nomatch.facets") : m.format(prefix + ".empty.nomatch", q);
        }, hasData, loading, cancelled, filter.searchText(), filter.active(), onlyNarrowed, narrowedTo));
        hint.textProperty().bind(Bindings.createStringBinding(() -> !hasData.get()
                ? m.get(loading.get() ? "empty.loading.hint" : cancelled.get() ? "empty.cancelled.hint" : "empty.hint.open")
                : onlyNarrowed.get() ? m.get(prefix + ".empty.narrowed.hint")
                : narrowedTo.get() != null ? m.get(prefix + ".empty.narrowed.nomatch.hint")
                : m.get(hider.get().pick("empty.hint.filter", "empty.hint.search", "empty.hint.both")),
                hasData, loading, cancelled, hider, onlyNarrowed, narrowedTo));
        clear.textProperty().bind(Bindings.createStringBinding(() -> onlyNarrowed.get()
                ? m.get(prefix + ".narrowed.clear")
                : m.get(hider.get().pick("filter.clear", "empty.clear.search", "empty.clear.both")), hider, onlyNarrowed));
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> hasData.get() && filter.active().get(),
                hasData, filter.active()));
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> (onlyNarrowed.get() ? widen : filter.clear()).run());
        widenButton.visibleProperty().bind(Bindings.createBooleanBinding(() -> hasData.get() && narrowedTo.get() != null
                && !onlyNarrowed.get(), hasData, narrowedTo, onlyNarrowed));
        widenButton.managedProperty().bind(widenButton.visibleProperty());
        var bundled = new Button(m.get("empty.bundled"));
        bundled.getStyleClass().addAll("empty-action", "empty-bundled");
        bundled.setOnAction(e -> data.openBundled().run());
        bundled.visibleProperty().bind(Bindings.createBooleanBinding(() -> !hasData.get() && !loading.get(),
                hasData, loading));
        bundled.managedProperty().bind(bundled.visibleProperty());
        var box = new VBox(8, title, hint, clear, widenButton, bundled);
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
