package app.delegations.ui.main;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.Problem;
import app.delegations.model.Dataset;
import app.delegations.ui.common.Messages;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.places.PlaceRow;
import app.delegations.ui.timeline.TimelineLayout;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded dataset prepared for the views in one language (built off the UI thread, applied at once).
 *
 * @param timeline every event laid out for the timeline (what it shows with the filter off), made with the
 *                 rest off the UI thread: laid out on the timeline's own thread while the window takes the new
 *                 data, it took a core from the UI thread's frames
 * @param file     the file shown, or null for the bundled data
 * @param fileName its name, as the title and status bar show it
 * @param warnings the loader's warnings about the file
 */
public record Snapshot(Dataset dataset, DatasetIndex index, Messages messages, List<PlaceRow> rows,
                       TimelineLayout timeline, Path file, String fileName, List<Problem> warnings) {

    static Snapshot build(Dataset dataset, Messages messages, Path file, String fileName, List<Problem> warnings) {
        return build(dataset, messages, file, fileName, warnings, Checkpoint.NONE);
    }

    /**
     * Builds the snapshot, each step asking {@code checkpoint} after a bounded amount of work; throws
     * {@link LoadCancelled} (and builds nothing) when it says the load is cancelled.
     */
    static Snapshot build(Dataset dataset, Messages messages, Path file, String fileName, List<Problem> warnings,
                          Checkpoint checkpoint) {
        DatasetIndex index = DatasetIndex.build(dataset, checkpoint);
        List<PlaceRow> rows = PlaceRow.build(index, messages, checkpoint);
        TimelineLayout timeline = TimelineLayout.of(dataset, null, checkpoint);
        return new Snapshot(dataset, index, messages, rows, timeline, file, fileName, List.copyOf(warnings));
    }

    /**
     * Snapshots are equal only when they are the same object: each load or language switch makes a new one.
     * (The record's own equals compares the datasets and every row; a property calls equals on every change,
     * and that held the UI thread for tens of milliseconds when a 100,000-record file arrived.)
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The same data in another language. */
    Snapshot in(Messages other) {
        return new Snapshot(dataset, index, other, PlaceRow.build(index, other), timeline, file, fileName, warnings);
    }
}
