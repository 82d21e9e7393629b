package app.delegations.ui.forms;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of a record form: its key within the record or row ({@code names.en}, {@code place}), its label in
 * the UI's language, what kind of control edits it, and its value as text (a date as typed, a number as typed,
 * an option's value). The problem the last check found on it, in the UI's language, is shown beside it. A required
 * field is marked so in its label from the start; that it is blank is said only once the officer has touched it (typed
 * in it, or left it) or asked to apply the form, then with every other blank one at once; half of a text kept in
 * both languages (a description) becomes required once the other half is given.
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
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt");
    private boolean required;
    /** The officer has typed in this field or left it: that it is blank may be said. */
    private boolean touched;
    private String hint;
    /** What a picker of records says when no option matches what was typed; null for other fields. */
    private String noMatch;
    /** The other language of the text this field is half of, when the text is optional; null otherwise. */
    private FormField otherHalf;

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

    /** What the field wants, said under its label (which language a native name is in); null when the label says it. */
    public String hint() {
        return hint;
    }

    /** What the picker says when no record matches what was typed ("No such person — …"); null if none. */
    public String noMatch() {
        return noMatch;
    }

    /** Gives the picker {@code text} to say when no record matches what was typed; returns the field. */
    FormField noMatch(String text) {
        noMatch = text;
        return this;
    }

    /** Gives the field {@code text} as its hint; returns it. */
    FormField hint(String text) {
        hint = text;
        return this;
    }

    /** True when the record cannot be without a value here: the label says so from the start. */
    public boolean required() {
        return required;
    }

    /** Makes this field required; returns it. */
    FormField require() {
        required = true;
        return this;
    }

    /** Makes {@code a} and {@code b}, the two languages of an optional text, each required once the other is given. */
    static void halves(FormField a, FormField b) {
        a.otherHalf = b;
        b.otherHalf = a;
    }

    /**
     * Whether the field is blank where a value is needed: always for a required field, and for half of a text once
     * the other half is given.
     */
    boolean missing() {
        return value().isEmpty() && (required || otherHalf != null && !otherHalf.value().isEmpty());
    }

    /** True when {@link #missing} because the other half of its text is given, not because it is required. */
    boolean missingHalf() {
        return missing() && !required;
    }

    /** True once the officer has typed in the field or left it. */
    boolean touched() {
        return touched;
    }

    /** Notes that the officer has typed in the field or left it; answers true if it was not noted before. */
    boolean touch() {
        boolean first = !touched;
        touched = true;
        return first;
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

    /**
     * What the empty control shows in grey when the form says it (an event's end: the start's day, which a blank
     * end means); null: the control's own example.
     */
    public StringProperty promptProperty() {
        return prompt;
    }

    /** What the last check found wrong with this field, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(String text) {
        problem.set(text);
    }
}
