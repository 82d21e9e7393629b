package app.delegations.ui.filter;

import app.delegations.index.DatasetIndex;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.Pace;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The search of a large dataset as the user types, run off the UI thread so that a keystroke costs the UI thread
 * nothing and its letter shows in the next frame: each {@link #ask} hands the filter's state, copied, and the index
 * to the search thread; keys typed while a search runs are coalesced (the thread takes only the newest state asked,
 * once, and skips the rest); its result is published on the UI thread only when it is still the newest ask and
 * the filter still holds that state and index, so a stale result never replaces a newer one. A change made at
 * once on the UI thread (a facet, the dates, new data) {@linkplain #cancel cancels} what is under way: it already
 * includes the text typed. Data below {@link #FROM} is searched at once, as every change is (no frame to wait for).
 * {@link #ask} and {@link #cancel} on the UI thread.
 */
final class SearchAhead {
    /** Places and events together from which the search runs off the UI thread. */
    static final int FROM = Pace.SPREAD_FROM;

    private final Executor searchThread;
    private final Executor uiThread;
    private final int from;
    /** The search thread's own pass: it keeps the last search, so that typing on tests only what it found. */
    private final FilterPass pass = new FilterPass();
    private final Newest newest = new Newest();
    /** The newest ask the search thread has not taken yet; null when it has taken it. */
    private final AtomicReference<Ask> waiting = new AtomicReference<>();
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");

    private record Ask(Newest.Ticket ticket, DatasetIndex index, FilterState state,
                       Predicate<FilterResult> stillWanted, Consumer<FilterResult> publish, Runnable instead) {
    }

    /**
     * @param searchThread runs the searches, one at a time (a single thread)
     * @param uiThread     runs the publishing (the UI thread)
     * @param from         places and events from which {@link #runs} says yes
     */
    SearchAhead(Executor searchThread, Executor uiThread, int from) {
        this.searchThread = searchThread;
        this.uiThread = uiThread;
        this.from = from;
    }

    /** Whether a search of {@code index} runs here rather than at once on the UI thread. */
    boolean runs(DatasetIndex index) {
        return index.entries().size() + index.dataset().events().size() >= from;
    }

    /**
     * Searches {@code state} on {@code index} off the UI thread and hands the result to {@code publish} on the UI
     * thread, unless a newer ask or a {@link #cancel} came meanwhile; should {@code stillWanted} say no then (the
     * filter's state or index is no longer the one searched) or the search fail, {@code instead} runs on the UI
     * thread (the change made there, where a failure is reported).
     */
    void ask(DatasetIndex index, FilterState state, Predicate<FilterResult> stillWanted, Consumer<FilterResult> publish,
             Runnable instead) {
        waiting.set(new Ask(newest.next(), index, state, stillWanted, publish, instead));
        pending.set(true);
        searchThread.execute(this::searchWaiting);
    }

    /** Drops every result under way: the filter published what is wanted on the UI thread. */
    void cancel() {
        newest.cancel();
        waiting.set(null);
        pending.set(false);
    }

    /** True from a keystroke on large data until its results (or a newer change's) are published. */
    ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** On the search thread: the newest ask, if no run took it yet and nothing overtook it. */
    private void searchWaiting() {
        Ask a = waiting.getAndSet(null);
        if (a == null || !a.ticket().current()) {
            return; // a run before this one took the newest ask, or it was cancelled
        }
        FilterResult r;
        try {
            r = FilterResult.of(a.index(), a.state(), pass).answered();
        } catch (RuntimeException e) {
            uiThread.execute(() -> {
                if (a.ticket().current()) {
                    pending.set(false);
                    a.instead().run();
                }
            });
            return;
        }
        uiThread.execute(() -> {
            if (a.ticket().current()) {
                pending.set(false);
                if (a.stillWanted().test(r)) {
                    a.publish().accept(r);
                } else {
                    a.instead().run(); // the filter moved on without a cancel: computed anew there
                }
            }
        });
    }
}
