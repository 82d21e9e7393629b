package app.delegations.ui.common;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;

/**
 * One part of the window's taking a new dataset: what it needs made from the data is {@linkplain #prepare
 * prepared} off the UI thread, with the rest of the load; {@linkplain #apply applying} it then runs on the UI
 * thread in one frame. The window applies its steps by {@link Phase}, one phase per frame when the data is large
 * ({@link Pace#spreads}), all at once otherwise.
 *
 * @param <P> what {@link #prepare} makes (Void when the step prepares nothing)
 */
public interface DatasetStep<P> {

    /** When a step is applied; phases follow each other in this order, one frame each for large data. */
    enum Phase {
        /** What the views filter by: applied first, since every view follows it. */
        FILTER,
        /** The view the window opens on: next, so that it fills before the others. */
        FIRST_VIEW,
        /** The other views and panes, together. */
        VIEWS,
        /** Work that goes on on a thread of its own: last, so that it does not compete with the frames before. */
        LAST
    }

    Phase phase();

    /**
     * Makes this step's part of a new dataset, off the UI thread, asking {@code checkpoint} after a bounded amount
     * of work (it throws when the load is cancelled). Null when the step needs nothing made in advance.
     */
    default P prepare(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
        return null;
    }

    /** True when what {@link #prepare} makes depends on the language: a language switch makes it again. */
    default boolean followsLanguage() {
        return false;
    }

    /** Gives the new data to the view models, on the UI thread; {@code prepared} is what {@link #prepare} made. */
    void apply(DatasetIndex index, Messages messages, P prepared);

    /**
     * Makes this step's part of an <em>update</em>, off the UI thread: {@code after} is the data of {@code before}
     * with some records added, changed or removed (an edit, or a file of the archive read again), and
     * {@code previous} what this step made for {@code before} (what its view shows). The default prepares anew,
     * to be {@linkplain #apply applied} in full; a step that can change only what changed returns a patch.
     */
    default Update<P> prepareUpdate(DatasetIndex before, P previous, DatasetIndex after, Messages messages,
                                    Checkpoint checkpoint) {
        return new Update<>(prepare(after, messages, checkpoint), null);
    }

    /**
     * A step's part of an update.
     *
     * @param part  what {@link #prepare} would have made of the new data (a later update starts from it)
     * @param patch what shows the update on the UI thread, changing only what changed (the step's view took the
     *              data {@code previous} was made for); null to {@link #apply} the part in full
     */
    record Update<P>(P part, Runnable patch) {
    }

    /** Makes a table's rows from the data, in a language, asking {@code checkpoint} as {@link #prepare} does. */
    @FunctionalInterface
    interface RowMaker<R> {
        List<R> make(DatasetIndex index, Messages messages, Checkpoint checkpoint);
    }

    /**
     * Makes a table's rows for an update, as {@link RowMaker} does for {@code after}, given the rows
     * {@code previous} made for {@code before} in the same language: a row whose record and whatever else it shows
     * are the same objects in both may be taken again as it is (so {@link RowPatch} keeps it without comparing).
     */
    @FunctionalInterface
    interface RowRemaker<R> {
        List<R> remake(DatasetIndex before, List<R> previous, DatasetIndex after, Messages messages,
                       Checkpoint checkpoint);
    }

    /**
     * A step that prepares nothing: in {@code phase}, on the UI thread, {@code apply} gives the new data to a view
     * model (which makes what it shows itself, or later).
     */
    static DatasetStep<Void> onUi(Phase phase, BiConsumer<DatasetIndex, Messages> apply) {
        return new DatasetStep<>() {
            @Override
            public Phase phase() {
                return phase;
            }

            @Override
            public void apply(DatasetIndex index, Messages messages, Void prepared) {
                apply.accept(index, messages);
            }
        };
    }

    /**
     * The step of a table view: its rows are made by {@code make} off the UI thread with the data (again on a
     * language switch, since rows hold translated texts) and reach {@code show} in the {@link Phase#VIEWS} phase
     * (made there when nothing was prepared).
     */
    static <R> DatasetStep<List<R>> rows(RowMaker<R> make, BiConsumer<DatasetIndex, List<R>> show) {
        return rows(make, show, null, null, null);
    }

    /**
     * {@link #rows(RowMaker, BiConsumer)} whose update is a {@link RowPatch}: the rows are made anew off the UI
     * thread and compared there with the rows shown, by {@code key} and {@code same} (see
     * {@link RowPatch#between}); {@code patch} then gets only what changed, on the UI thread, with the new index.
     */
    static <R> DatasetStep<List<R>> rows(RowMaker<R> make, BiConsumer<DatasetIndex, List<R>> show,
                                         Function<? super R, String> key, BiPredicate<? super R, ? super R> same,
                                         BiConsumer<DatasetIndex, RowPatch<R>> patch) {
        return rows(make, (before, previous, after, messages, checkpoint) -> make.make(after, messages, checkpoint),
                show, key, same, patch);
    }

    /**
     * {@link #rows(RowMaker, BiConsumer, Function, BiPredicate, BiConsumer)} whose rows for an update are made by
     * {@code remake}, which takes the rows shown again where they show the same.
     */
    static <R> DatasetStep<List<R>> rows(RowMaker<R> make, RowRemaker<R> remake,
                                         BiConsumer<DatasetIndex, List<R>> show,
                                         Function<? super R, String> key, BiPredicate<? super R, ? super R> same,
                                         BiConsumer<DatasetIndex, RowPatch<R>> patch) {
        return rows(Phase.VIEWS, make, remake, show, key, same, patch);
    }

    /**
     * {@link #rows(RowMaker, RowRemaker, BiConsumer, Function, BiPredicate, BiConsumer)} applied in {@code phase}
     * ({@link Phase#FIRST_VIEW} for the view the window opens on).
     */
    static <R> DatasetStep<List<R>> rows(Phase phase, RowMaker<R> make, RowRemaker<R> remake,
                                         BiConsumer<DatasetIndex, List<R>> show,
                                         Function<? super R, String> key, BiPredicate<? super R, ? super R> same,
                                         BiConsumer<DatasetIndex, RowPatch<R>> patch) {
        return new DatasetStep<>() {
            @Override
            public Phase phase() {
                return phase;
            }

            @Override
            public List<R> prepare(DatasetIndex index, Messages messages, Checkpoint checkpoint) {
                return make.make(index, messages, checkpoint);
            }

            @Override
            public boolean followsLanguage() {
                return true;
            }

            @Override
            public void apply(DatasetIndex index, Messages messages, List<R> prepared) {
                show.accept(index, prepared != null ? prepared : make.make(index, messages, Checkpoint.NONE));
            }

            @Override
            public Update<List<R>> prepareUpdate(DatasetIndex before, List<R> previous, DatasetIndex after,
                                                 Messages messages, Checkpoint checkpoint) {
                if (patch == null || previous == null) {
                    return new Update<>(make.make(after, messages, checkpoint), null);
                }
                List<R> made = remake.remake(before, previous, after, messages, checkpoint);
                RowPatch<R> change = RowPatch.between(previous, made, key, same);
                return new Update<>(change.rows(), () -> patch.accept(after, change));
            }
        };
    }
}
