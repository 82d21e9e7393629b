package app.delegations.ui.edit;

import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.edit.Change;
import app.delegations.data.edit.RecordCheck;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The edit session's checks off the UI thread, and its edits in order. A check of a change on a draft runs on the
 * worker (one thread: checks run one after another, in the order asked) and its future completes on the UI
 * thread; the last answer is kept, so a commit after the as-typed check of the same change on the same draft is
 * taken at once. A check cancelled before the worker reaches it is skipped. {@link #edit} runs the edits
 * (commit, undo, redo) one at a time: each starts, on the UI thread, once the one before it has answered.
 * Once {@link #close closed} no answer is given: pending futures are cancelled, so nothing is taken.
 * Used on the UI thread only, except for what it hands to the worker.
 */
final class EditChecks {
    private final RecordCheck checker;
    private final Executor worker;
    private final Executor ui;
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);
    private ArchiveDraft keptOn;
    private Change keptChange;
    private RecordCheck.Checked kept;
    private boolean closed;
    private int pending;
    /** The answers the worker owes, to be cancelled on close. */
    private final Set<CompletableFuture<?>> outstanding = new HashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param worker runs the checks, one at a time (a single thread)
     * @param ui     runs the answers on the UI thread
     */
    EditChecks(RecordCheck checker, Executor worker, Executor ui) {
        this.checker = checker;
        this.worker = worker;
        this.ui = ui;
    }

    /** The loader's verdict on {@code draft} with {@code change} applied; answered on the UI thread. */
    CompletableFuture<RecordCheck.Checked> check(ArchiveDraft draft, Change change) {
        if (kept != null && keptOn == draft && keptChange.equals(change)) {
            return CompletableFuture.completedFuture(kept);
        }
        return map(run(() -> checker.check(draft.apply(change), change)), checked -> {
            keptOn = draft;
            keptChange = change;
            kept = checked;
            return checked;
        });
    }

    /** {@code from} mapped by {@code f}; cancelling the result cancels {@code from} (so the worker skips it). */
    static <T, U> CompletableFuture<U> map(CompletableFuture<T> from, Function<T, U> f) {
        CompletableFuture<U> out = from.thenApply(f);
        out.whenComplete((r, e) -> {
            if (out.isCancelled()) {
                from.cancel(false);
            }
        });
        return out;
    }

    /** {@code task} on the worker, its result handed to the UI thread; cancelled when closed meanwhile. */
    <T> CompletableFuture<T> run(Supplier<T> task) {
        var answer = new CompletableFuture<T>();
        if (closed) {
            answer.cancel(false);
            return answer;
        }
        try {
            worker.execute(() -> {
                T result = null;
                RuntimeException failed = null;
                if (!answer.isDone()) { // else cancelled: a newer check overtook it, or the session closed
                    try {
                        result = task.get();
                    } catch (RuntimeException e) {
                        failed = e;
                    }
                }
                T r = result;
                RuntimeException f = failed;
                ui.execute(() -> {
                    outstanding.remove(answer);
                    busy(-1);
                    if (closed) {
                        answer.cancel(false);
                    } else if (f != null) {
                        answer.completeExceptionally(f);
                        throw f; // and the window's error handler reports it, as for any failure on the UI thread
                    } else {
                        answer.complete(r);
                    }
                });
            });
            outstanding.add(answer);
            busy(+1);
        } catch (RejectedExecutionException e) { // the worker stopped: the window is closing
            answer.cancel(false);
        }
        return answer;
    }

    /** Runs {@code edit} (or a reading) once every edit asked before it has answered, on the UI thread. */
    <T> CompletableFuture<T> inTurn(Supplier<CompletableFuture<T>> edit) {
        busy(+1);
        CompletableFuture<T> next = last.handle((r, e) -> null).thenCompose(x -> edit.get());
        next.whenComplete((r, e) -> busy(-1));
        last = next;
        return next;
    }

    /**
     * One edit, in its turn: the change {@code pick} gives then (none: false), {@code applied} to the draft as it
     * stands ({@code draft}), checked off the UI thread, then {@code taken} on the UI thread. When the draft moved
     * while it was checked (the archive read again, or saved), it is checked again on the draft as it is. Not
     * taken (false) when the check finds an error or fails, when closed meanwhile, or when the future it answers
     * is cancelled (withdrawn) first.
     */
    CompletableFuture<Boolean> edit(Supplier<ArchiveDraft> draft, Supplier<Optional<Change>> pick,
                                    UnaryOperator<Change> applied, BiConsumer<Change, RecordCheck.Checked> taken) {
        var out = new CompletableFuture<Boolean>();
        inTurn(() -> attempt(draft, pick, applied, taken, out)).whenComplete((ok, e) -> {
            if (e != null) {
                out.completeExceptionally(e);
            } else {
                out.complete(ok);
            }
        });
        return out;
    }

    private CompletableFuture<Boolean> attempt(Supplier<ArchiveDraft> draft, Supplier<Optional<Change>> pick,
                                               UnaryOperator<Change> applied,
                                               BiConsumer<Change, RecordCheck.Checked> taken,
                                               CompletableFuture<Boolean> out) {
        ArchiveDraft on = draft.get();
        Optional<Change> change = on == null || closed || out.isDone() ? Optional.empty() : pick.get();
        if (change.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return check(on, applied.apply(change.get())).handle((checked, failed) -> {
            if (checked == null || closed || out.isDone()) {
                return CompletableFuture.completedFuture(false);
            }
            ArchiveDraft now = draft.get();
            if (now != on) {
                // the draft moved while it was checked: check again on it, unless it is another archive's (opened
                // meanwhile), which the edit was never meant for
                return now != null && now.folder().equals(on.folder()) ? attempt(draft, pick, applied, taken, out)
                        : CompletableFuture.completedFuture(false);
            }
            if (checked.ok()) {
                taken.accept(change.get(), checked);
            }
            return CompletableFuture.completedFuture(checked.ok());
        }).thenCompose(f -> f);
    }

    /** True while a check or an edit is under way or waiting. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void busy(int change) {
        pending += change;
        busy.set(pending > 0);
    }

    /** No check answers from now on, and no edit is taken. */
    void close() {
        closed = true;
        kept = null;
        for (CompletableFuture<?> answer : List.copyOf(outstanding)) {
            answer.cancel(false); // the worker may never reach it: what waits for it answers now
        }
        outstanding.clear();
    }
}
