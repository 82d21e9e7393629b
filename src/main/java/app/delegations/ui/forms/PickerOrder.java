package app.delegations.ui.forms;

import app.delegations.text.TextFold;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;

/**
 * Puts the best match of what is typed into a picker first, so that Enter takes it: an option whose value is what
 * was typed (a country's code: {@code sk} takes Słowacja (SK), not Arabia Saudyjska (SA), first in the alphabet),
 * then those whose label starts with it, then those with a name starting with it, then the rest; within each, the
 * picker's own order. ControlsFX's searchable combo box filters its options into a new list on every key and takes
 * the first on Enter; this wraps each such list in one sorted by that rank.
 */
final class PickerOrder {
    private PickerOrder() {
    }

    static void rank(SearchableComboBox<Option> picker) {
        picker.skinProperty().addListener((o, was, skin) -> {
            if (skin != null) {
                attach(picker);
            }
        });
    }

    private static void attach(SearchableComboBox<Option> picker) {
        TextField typed = null;
        ComboBox<Option> inner = null;
        for (Node n : picker.getChildrenUnmodifiable()) {
            if (n instanceof TextField t) {
                typed = t;
            } else if (n instanceof ComboBox<?> c && c != picker) {
                @SuppressWarnings("unchecked")
                ComboBox<Option> options = (ComboBox<Option>) c;
                inner = options;
            }
        }
        if (typed == null || inner == null) {
            return; // another skin: its own order
        }
        TextField search = typed;
        ComboBox<Option> list = inner;
        list.itemsProperty().addListener((o, was, now) -> sorted(list, now, search.getText()));
        sorted(list, list.getItems(), search.getText());
    }

    private static void sorted(ComboBox<Option> list, ObservableList<Option> items, String typed) {
        if (items instanceof FilteredList<Option> filtered && typed != null && !typed.isBlank()) {
            list.setItems(new SortedList<>(filtered, by(typed)));
        }
    }

    /** Best match first (a stable order: equal ranks keep the picker's order). */
    static Comparator<Option> by(String typed) {
        String query = typed.trim().toLowerCase(Locale.ROOT);
        String folded = TextFold.fold(query);
        Map<Option, Integer> ranks = new HashMap<>();
        return Comparator.comparingInt(o -> ranks.computeIfAbsent(o, x -> rank(x, query, folded)));
    }

    static int rank(Option o, String query, String folded) {
        if (o.value().equalsIgnoreCase(query)) {
            return 0;
        }
        String label = o.label().toLowerCase(Locale.ROOT);
        if (label.startsWith(query) || TextFold.fold(label).startsWith(folded)) {
            return 1;
        }
        for (String word : o.also().split(" ")) {
            if (word.startsWith(query) || word.startsWith(folded)) {
                return 2;
            }
        }
        return 3;
    }
}
