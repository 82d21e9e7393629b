package app.delegations.ui.forms;

import app.delegations.model.Names;
import app.delegations.text.TextFold;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One choice of a field: the value the record holds (an enum's JSON name, a record's id, a country's code; "" for
 * none), how the form shows it, and what else a search as you type finds it by ({@link #searchText()}).
 *
 * @param also the record's other spellings in lower case and folded (every name, native name and alias, with and
 *             without diacritics), so that a picker finds Košice by {@code kosice}, {@code košice} or
 *             {@code koszyce}; empty when the label is all there is
 */
public record Option(String value, String label, String also) {
    public Option(String value, String label) {
        this(value, label, "");
    }

    /** An option found by every spelling of {@code names} as well as by its label. */
    static Option named(String value, String label, Names names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names.all()) {
            if (name != null && !name.isBlank()) {
                words.add(name.toLowerCase(Locale.ROOT));
                words.add(TextFold.fold(name));
            }
        }
        words.add(TextFold.fold(label));
        return new Option(value, label, String.join(" ", words));
    }

    /**
     * The text a search as you type looks in: the label, then the other spellings. A picker matches each typed word,
     * in lower case, against it; it shows the label alone.
     */
    public String searchText() {
        return also.isEmpty() ? label : label + " \u2063" + also;
    }

    @Override
    public String toString() {
        return label; // what a plain combo box lists
    }
}
