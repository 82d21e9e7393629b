package app.delegations.ui.common;

import app.delegations.model.Entity;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * New and Edit, as the views, the menus and the detail pane offer them: a form opens in the detail pane. They are
 * available while the records shown may be edited (an archive is open); otherwise {@link #unavailableKeyProperty}
 * says why, for a tooltip. A form already open is dealt with by the command: the keyboard goes back into it when it
 * is the form asked for, else it is replaced (asking first when it holds typed changes).
 */
public interface RecordCommands {
    /** New record (Edit › New record…, and anywhere in the window). */
    KeyCombination NEW_KEY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Edit the selected record (Edit › Edit record, and anywhere in the window). */
    KeyCombination EDIT_KEY = new KeyCodeCombination(KeyCode.F2);

    /** True when New and Edit may be used: the records shown may be edited. */
    ReadOnlyBooleanProperty availableProperty();

    /** The message key of why New and Edit cannot be used now, or null while they can. */
    ReadOnlyStringProperty unavailableKeyProperty();

    /**
     * Opens the form of a new record; {@code kind} (e.g. {@code Place.class}) is chosen first and may be changed. A
     * new record's form of that kind already open keeps what was typed (the keyboard goes back into it).
     */
    void newRecord(Class<? extends Record> kind);

    /**
     * Opens the form of {@code record} as it stands; a form open on another record is closed first, asking before
     * its typed changes are dropped.
     */
    void edit(Entity record);

    /**
     * Opens the form of the selected record, when one is selected; a form open on another record is closed first,
     * asking before its typed changes are dropped.
     */
    void editSelected();
}
