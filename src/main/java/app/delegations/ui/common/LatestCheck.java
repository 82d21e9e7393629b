package app.delegations.ui.common;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.FieldProblem;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The archive's check of what a form holds, as typed, the newest winning: each {@link #ask} cancels the check
 * asked before it (the session then skips it if it has not started) and only the newest answer is handed on, on
 * the UI thread. While it runs the form says it is checking; {@link #answered()} tells an Apply when the answer
 * it waits for has been taken. Used on the UI thread.
 */
public final class LatestCheck {
    private final RecordEditing editing;
    private final Newest newest = new Newest();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private CompletableFuture<List<FieldProblem>> asked;
    private CompletableFuture<Void> answered = CompletableFuture.completedFuture(null);

    public LatestCheck(RecordEditing editing) {
        this.editing = editing;
    }

    /**
     * Asks the archive's rules about {@code change} ({@code null}: nothing to ask, answered at once with no
     * problem); {@code answer} gets the problems, or null when the check failed, unless a newer ask or a
     * {@link #cancel} overtook this one.
     */
    public void ask(Change change, Consumer<List<FieldProblem>> answer) {
        Newest.Ticket ticket = newest.next();
        if (asked != null) {
            asked.cancel(false);
        }
        var done = new CompletableFuture<Void>();
        answered = done;
        if (change == null) {
            checking.set(false);
            answer.accept(List.of());
            done.complete(null);
            return;
        }
        checking.set(true);
        asked = editing.check(change);
        asked.whenComplete((found, failed) -> {
            if (ticket.current()) {
                checking.set(false);
                answer.accept(failed == null ? found : null);
            }
            done.complete(null);
        });
    }

    /** No answer asked so far is handed on (the form closed). */
    public void cancel() {
        newest.cancel();
        if (asked != null) {
            asked.cancel(false);
        }
        checking.set(false);
    }

    /** Completes once no check is waiting: the one asked last (and any asked meanwhile) has answered. */
    public CompletableFuture<Void> answered() {
        return answered.thenCompose(x -> checking.get() ? answered() : CompletableFuture.completedFuture(null));
    }

    /** True while the check asked last has not answered. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public boolean checking() {
        return checking.get();
    }
}
