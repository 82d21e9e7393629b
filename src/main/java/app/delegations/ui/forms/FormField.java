package app.delegations.ui.forms;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of a record form: its key within the record or row ({@code names.en}, {@code place}), its label in
 * the UI's language, what kind of control edits it, and its value as text (a date as typed, a number as typed,
 * an option's value). The problem the last check found on it, in the UI's language, is shown beside it.
 */
public final class FormField {
    /** The control that edits the value. */
    public enum Type {
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        AREA,
        /** A date, typed in the UI's language or picked. */
        DATE,
        /** One of a few fixed options (a kind, a role). */
        CHOICE,
        /** Another record, searched as typed; "" for none when the field is optional. */
        REFERENCE,
        /** A decimal or whole number as typed. */
        NUMBER
    }

    private final String key;
    private final String label;
    private final Type type;
    private final List<Option> options;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    FormField(String key, String label, Type type, List<Option> options) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.options = List.copyOf(options);
    }

    static FormField text(String key, String label) {
        return new FormField(key, label, Type.TEXT, List.of());
    }

    /** The key within its record ({@code names.en}) or row ({@code role}); "" for a row that is one value. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    /** The options of a choice or reference, in the order shown. */
    public List<Option> options() {
        return options;
    }

    /** The value as text; never null ("" when empty). */
    public StringProperty valueProperty() {
        return value;
    }

    public String value() {
        return value.get() == null ? "" : value.get().strip();
    }

    /** The value, or null when blank. */
    String valueOrNull() {
        String v = value();
        return v.isEmpty() ? null : v;
    }

    void set(String v) {
        value.set(v == null ? "" : v);
    }

    /** What the last check found wrong with this field, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String text) {
        problem.set(text);
    }
}
