package app.delegations.ui.main;

import app.delegations.data.Archive;
import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.Problem;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loaded dataset prepared for the views in one language (built off the UI thread, then applied by the
 * {@link Workspace}): its index and what each {@link DatasetStep} made of it in advance.
 *
 * @param parts    what each step {@linkplain DatasetStep#prepare prepared} (e.g. the Places rows, the timeline's
 *                 layout of every event), by step
 * @param file     the file shown, or null for the bundled data
 * @param fileName its name, as the title and status bar show it
 * @param warnings the loader's warnings about the file
 * @param archive  the archive folder as read when {@code file} is one (what a reload after a change on disk
 *                 starts from), else null
 * @param version  this snapshot's identity, which an update of it names as its basis
 * @param patches  when this snapshot is an {@linkplain #updated update} of another: how each step that can shows
 *                 only what changed; else null
 */
public record Snapshot(Dataset dataset, DatasetIndex index, Messages messages, Map<DatasetStep<?>, Object> parts,
                       Path file, String fileName, List<Problem> warnings, Archive archive, Object version,
                       Patches patches) {

    /**
     * How an update shows on the views that took its basis.
     *
     * @param basis  the {@link #version} of the snapshot this one updates: the patches apply only to views that
     *               show it
     * @param byStep the patch of each step that made one (the others are applied in full)
     */
    public record Patches(Object basis, Map<DatasetStep<?>, Runnable> byStep) {
    }

    /**
     * Builds the snapshot, the index and then each step asking {@code checkpoint} after a bounded amount of work;
     * throws {@link LoadCancelled} (and builds nothing) when it says the load is cancelled.
     */
    static Snapshot build(Dataset dataset, Messages messages, Path file, String fileName, List<Problem> warnings,
                          List<DatasetStep<?>> steps, Checkpoint checkpoint, Archive archive) {
        DatasetIndex index = DatasetIndex.build(dataset, checkpoint);
        var parts = new LinkedHashMap<DatasetStep<?>, Object>();
        for (DatasetStep<?> step : steps) {
            parts.put(step, step.prepare(index, messages, checkpoint));
        }
        return new Snapshot(dataset, index, messages, Collections.unmodifiableMap(parts), file, fileName,
                List.copyOf(warnings), archive, new Object(), null);
    }

    /**
     * This snapshot's data updated to {@code next} (an edit, or files of the archive read again): the index of
     * {@code next} is {@linkplain DatasetIndex#updated updated} from this one's (the records the update did not
     * change keep what was made of them), and each step prepares its part from what it made for this one
     * ({@link DatasetStep#prepareUpdate}), with a patch where it can show only what changed. In another language
     * than this snapshot's, it is built anew. Throws {@link LoadCancelled} as {@link #build} does.
     */
    Snapshot updated(Dataset next, Messages lang, List<Problem> nextWarnings, List<DatasetStep<?>> steps,
                     Checkpoint checkpoint, Archive nextArchive) {
        if (lang != messages) {
            return build(next, lang, file, fileName, nextWarnings, steps, checkpoint, nextArchive);
        }
        DatasetIndex after = DatasetIndex.updated(index, next, checkpoint); // the unchanged records' texts kept
        var nextParts = new LinkedHashMap<DatasetStep<?>, Object>();
        var byStep = new LinkedHashMap<DatasetStep<?>, Runnable>();
        for (DatasetStep<?> step : steps) {
            if (parts.containsKey(step)) {
                DatasetStep.Update<?> u = updateOf(step, after, checkpoint);
                nextParts.put(step, u.part());
                if (u.patch() != null) {
                    byStep.put(step, u.patch());
                }
            } else {
                nextParts.put(step, step.prepare(after, lang, checkpoint));
            }
        }
        return new Snapshot(next, after, messages, Collections.unmodifiableMap(nextParts), file, fileName,
                List.copyOf(nextWarnings), nextArchive, new Object(),
                new Patches(version, Collections.unmodifiableMap(byStep)));
    }

    private <P> DatasetStep.Update<P> updateOf(DatasetStep<P> step, DatasetIndex after, Checkpoint checkpoint) {
        return step.prepareUpdate(index, part(step), after, messages, checkpoint);
    }

    /** What {@code step} prepared for this snapshot (null when it prepares nothing). */
    @SuppressWarnings("unchecked") // parts holds, for each step, what that step's prepare returned
    public <P> P part(DatasetStep<P> step) {
        return (P) parts.get(step);
    }

    /**
     * Snapshots are equal only when they are the same object: each load or language switch makes a new one.
     * (The record's own equals compares the datasets and every row; a property calls equals on every change,
     * and that held the UI thread noticeably when a 100,000-record file arrived.)
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * The same data in another language: only the steps that follow the language prepare again (rows hold texts
     * and collation keys in a language); each of those on a core of its own where there is one (they read the
     * index, which no one changes, and make their own parts), the calling thread taking a share.
     */
    Snapshot in(Messages other) {
        var again = parts.keySet().stream().filter(DatasetStep::followsLanguage).toList();
        Map<DatasetStep<?>, Object> made = new ConcurrentHashMap<>();
        again.parallelStream().forEach(step -> {
            Object part = step.prepare(index, other, Checkpoint.NONE);
            if (part != null) {
                made.put(step, part);
            }
        });
        var translated = new LinkedHashMap<DatasetStep<?>, Object>();
        parts.forEach((step, part) -> translated.put(step, step.followsLanguage() ? made.get(step) : part));
        return new Snapshot(dataset, index, other, Collections.unmodifiableMap(translated), file, fileName, warnings,
                archive, new Object(), null);
    }
}
