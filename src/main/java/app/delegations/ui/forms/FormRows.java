package app.delegations.ui.forms;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of a record as rows of fields that the officer adds and removes (an event's participating places with
 * their roles; a person's positions). A row's field is at {@code key[i].fieldKey} in the record, {@code i} being
 * the row's position as it stands.
 */
public final class FormRows {
    private final String key;
    private final String addLabel;
    private final IntFunction<String> rowName;
    private final Supplier<List<FormField>> newRow;
    private final ObservableList<FormRow> rows = FXCollections.observableArrayList();

    /** {@code rowName} names the row with a number counted from 1 ("Participant 2"). */
    FormRows(String key, String addLabel, IntFunction<String> rowName, Supplier<List<FormField>> newRow) {
        this.key = key;
        this.addLabel = addLabel;
        this.rowName = rowName;
        this.newRow = newRow;
    }

    /** The list's key in the record ({@code participants}). */
    public String key() {
        return key;
    }

    /** The text of the button that adds a row. */
    public String addLabel() {
        return addLabel;
    }

    public ObservableList<FormRow> rows() {
        return rows;
    }

    /** Adds an empty row at the end and returns it. */
    public FormRow add() {
        var row = new FormRow(newRow.get());
        rows.add(row);
        return row;
    }

    public void remove(FormRow row) {
        rows.remove(row);
    }

    /** The name of the row at {@code index} (from 0) as the officer counts it: "Participant 2". */
    String rowName(int index) {
        return rowName.apply(index + 1);
    }

    /** The path of a row's field in the record, as the loader names it: {@code participants[1].place}. */
    String path(int index, FormField field) {
        return key + "[" + index + "]" + (field.key().isEmpty() ? "" : "." + field.key());
    }
}
