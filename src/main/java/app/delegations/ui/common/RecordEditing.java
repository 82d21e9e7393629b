package app.delegations.ui.common;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.model.Dataset;

import javafx.beans.property.ReadOnlyBooleanProperty;

import java.util.List;

/**
 * What a form, the New and Delete commands and the Source view's "Cite for…" ask of the archive being edited,
 * on the UI thread. One implementation (the edit session) keeps the edits, their undo and redo, and the saving;
 * tests give a form another.
 */
public interface RecordEditing {

    /** True when the records shown may be edited: an archive folder is open (the bundled congress is read-only). */
    ReadOnlyBooleanProperty editableProperty();

    /** The records as they stand, with every change committed so far. */
    Dataset dataset();

    /**
     * An id for a new record of {@code kind} (e.g. {@code Place.class}) made from its name: lower-case ASCII
     * words joined by hyphens, unique among the archive's records of that kind. Once given, never changed.
     */
    String newId(Class<? extends Record> kind, String name);

    /**
     * What the loader's own rules say of the archive with {@code change} applied, each problem placed on its
     * field; empty when the change may be committed. Nothing is changed.
     */
    List<FieldProblem> check(Change change);

    /**
     * Commits {@code change} as one step of undo, and every view shows it. Returns false, changing nothing, when
     * {@link #check} finds an error in it.
     */
    boolean commit(Change change);

    /** The records that refer to {@code record} (events naming a place, people holding a position at an
     *  organisation, …), in the order of the data: what a Delete shows before it asks. */
    List<Record> referrers(Record record);
}
