package app.delegations.ui.main;

import app.delegations.data.Checkpoint;
import app.delegations.model.Dataset;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Makes the snapshot of an edit committed in the window, off the UI thread, as an {@linkplain Snapshot#updated
 * update} of the snapshot shown (each view then changes only the rows the edit changed); the newest edit wins.
 */
final class Edits {
    private final Executor background;
    private final Executor ui;
    private final List<DatasetStep<?>> steps;
    private final Newest edits = new Newest();
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper(this, "updating");

    Edits(Executor background, Executor ui, List<DatasetStep<?>> steps) {
        this.background = background;
        this.ui = ui;
        this.steps = List.copyOf(steps);
    }

    /** True from an edit until its snapshot is handed over (or dropped). */
    ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /**
     * Prepares {@code next} as an update of {@code shown} in {@code lang}, then gives it to {@code done} on the UI
     * thread, unless a newer edit was made meanwhile.
     */
    void show(Snapshot shown, Dataset next, Messages lang, Consumer<Snapshot> done) {
        Newest.Ticket ticket = edits.next();
        updating.set(true);
        background.execute(() -> {
            Snapshot edited = shown.updated(next, lang, shown.warnings(), steps, Checkpoint.NONE, shown.archive());
            ui.execute(() -> {
                if (ticket.current()) {
                    updating.set(false);
                    done.accept(edited);
                }
            });
        });
    }
}
