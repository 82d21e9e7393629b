package app.delegations.ui.common;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;
import app.delegations.model.Dataset;

import javafx.beans.property.ReadOnlyBooleanProperty;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a form, the New and Delete commands and the Source view's "Cite for…" ask of the archive being edited,
 * from the UI thread. A check and a commit answer later: the check runs off the UI thread, and each returned
 * future completes on the UI thread (at once when the answer is known), so what is chained on it may touch the
 * UI. Commits (and the session's undo and redo) are taken one at a time, in the order asked, each checked on the
 * archive as the ones before it left it. One implementation (the edit session) keeps the edits, their undo and
 * redo, and the saving; tests give a form another.
 */
public interface RecordEditing {

    /** True when the records shown may be edited: an archive folder is open (the bundled congress is read-only). */
    ReadOnlyBooleanProperty editableProperty();

    /** The records as they stand, with every change committed so far. */
    Dataset dataset();

    /**
     * An id for a new record of {@code kind} (e.g. {@code Place.class}) made from its name: lower-case ASCII
     * words joined by hyphens, unique among the archive's records of that kind as they stand (applied changes
     * included). Proposing reserves nothing: asked again with the same name before a record takes the id, the same
     * id. Once a record is applied with it, never changed.
     */
    String newId(Class<? extends Record> kind, String name);

    /**
     * What the loader's own rules say of the archive with {@code change} applied, each problem placed on its
     * field; empty when the change may be committed. Nothing is changed. Cancelling the future (a newer check
     * overtook it) spares the work when it has not started.
     */
    CompletableFuture<List<FieldProblem>> check(Change change);

    /**
     * Commits {@code change} as one step of undo, after the edits asked before it, and every view shows it; the
     * future answers true once it is taken. It answers false, changing nothing, when {@link #check} finds an
     * error in it, or when the session closed before it was taken (nothing is ever half applied). Cancelling the
     * future before it answers withdraws the change: it is not taken.
     */
    CompletableFuture<Boolean> commit(Change change);
}
