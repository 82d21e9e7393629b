package app.delegations.ui.common;

import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Place;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The record the user has selected in any view: a {@link Place}, a {@link Country} or an {@link Event}. The
 * detail pane and the Source view show it; the other views highlight what belongs to it.
 */
public final class Selection {
    private final ObjectProperty<Record> selected = new SimpleObjectProperty<>(this, "selected");

    public ObjectProperty<Record> selectedProperty() {
        return selected;
    }

    public Record get() {
        return selected.get();
    }

    public void select(Record record) {
        if (record == null || record instanceof Place || record instanceof Country || record instanceof Event) {
            selected.set(record);
        } else {
            throw new IllegalArgumentException("not a selectable record: " + record.getClass().getSimpleName());
        }
    }

    public void clear() {
        selected.set(null);
    }
}
