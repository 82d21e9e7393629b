package app.delegations.ui.common;

import app.delegations.model.Entity;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The record the user has selected in any view, an {@link Entity} (a place, a country, an event or an organisation). The
 * detail pane and the Source view show it; the other views highlight what belongs to it.
 */
public final class Selection {
    private final ObjectProperty<Entity> selected = new SimpleObjectProperty<>(this, "selected");

    public ObjectProperty<Entity> selectedProperty() {
        return selected;
    }

    public Entity get() {
        return selected.get();
    }

    public void select(Entity record) {
        selected.set(record);
    }

    public void clear() {
        selected.set(null);
    }
}
