package app.delegations.ui.common;

import app.delegations.data.edit.Change;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one commit a form or dialog has under way (a form's Apply, Cite for…'s Confirm, New source's Create): it
 * waits for the check it depends on, then asks the archive to {@link RecordEditing#commit commit}. A second
 * commit while one is under way is refused; {@link #withdraw} (the dialog's Cancel) withdraws the one the
 * archive has not taken yet, whether it still waits for its check or for the archive. Used on the UI thread.
 */
public final class PendingCommit {
    private final RecordEditing editing;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** Counts commits asked and withdrawals, so a withdrawn commit whose check answers later is not asked. */
    private int attempt;
    /** The archive's answer to the commit asked, while it has not answered. */
    private CompletableFuture<Boolean> taking;

    public PendingCommit(RecordEditing editing) {
        this.editing = editing;
    }

    /**
     * Once {@code checked} completes, commits the change {@code change} gives then (null: nothing to commit).
     * Answers true once the archive took it; false when there was nothing to commit, the archive refused it, it
     * was {@link #withdraw withdrawn}, or another commit was still under way (then nothing is asked).
     */
    public CompletableFuture<Boolean> commit(CompletableFuture<?> checked, Supplier<Change> change) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        busy.set(true);
        int mine = ++attempt;
        return checked.thenCompose(x -> {
            Change c = mine == attempt ? change.get() : null;
            if (c == null) {
                return CompletableFuture.completedFuture(false);
            }
            taking = editing.commit(c);
            return taking;
        }).handle((ok, failed) -> {
            taking = null;
            busy.set(false);
            return Boolean.TRUE.equals(ok);
        });
    }

    /** Commits {@code change} at once (nothing to wait for), as {@link #commit(CompletableFuture, Supplier)}. */
    public CompletableFuture<Boolean> commit(Change change) {
        return commit(CompletableFuture.completedFuture(null), () -> change);
    }

    /** Withdraws the commit under way unless the archive has already taken it: it answers false. */
    public void withdraw() {
        attempt++;
        if (taking != null) {
            taking.cancel(false);
        }
    }

    /** True from a commit's start until it answers. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean busy() {
        return busy.get();
    }
}
