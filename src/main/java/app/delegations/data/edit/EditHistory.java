package app.delegations.data.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The changes committed, for undo and redo: a new change empties the redo stack; undo gives the inverse of the
 * last change and keeps the change for redo. Saving does not touch it: Ctrl+Z after a save undoes the last change,
 * and the archive has unsaved changes again. Not thread-safe (the UI thread's).
 */
public final class EditHistory {
    private final Deque<Change> done = new ArrayDeque<>();
    private final Deque<Change> undone = new ArrayDeque<>();

    /** Records a change just committed. */
    public void committed(Change change) {
        done.push(change);
        undone.clear();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The last change done, if any, without undoing it. */
    public Optional<Change> lastDone() {
        return Optional.ofNullable(done.peek());
    }

    /** The next change to redo, if any, without redoing it. */
    public Optional<Change> nextUndone() {
        return Optional.ofNullable(undone.peek());
    }

    /** Undoes the last change: the change to apply (its inverse), or empty when there is none. */
    public Optional<Change> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Change c = done.pop();
        undone.push(c);
        return Optional.of(c.inverse());
    }

    /** Redoes the change undone last: the change to apply again, or empty when there is none. */
    public Optional<Change> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Change c = undone.pop();
        done.push(c);
        return Optional.of(c);
    }

    /** The changes done, oldest first. */
    public List<Change> done() {
        var out = new ArrayList<>(done);
        Collections.reverse(out);
        return out;
    }

    /** Forgets everything (another archive is open). */
    public void clear() {
        done.clear();
        undone.clear();
    }
}
