package app.delegations.ui.main;

import app.delegations.data.Checkpoint;
import app.delegations.model.Dataset;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Makes the snapshot of an edit committed in the window (or of the unsaved changes on the archive read again),
 * off the UI thread, as an {@linkplain Snapshot#updated update} of the snapshot shown (each view then changes only
 * the rows the edit changed); the newest edit wins.
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
     * Prepares {@code next} as an update of the snapshot {@code shown} gives now (not null), of {@code read}'s
     * archive and with its warnings ({@code read}: the file or archive read last, which may not be shown yet), then
     * gives it to {@code done} on the UI thread in the language {@code lang} gives then; unless a newer edit was made
     * meanwhile, or {@code shown} gives other data by then (a file or a reload arrived).
     */
    void show(Supplier<Snapshot> shown, Dataset next, Supplier<Messages> lang, Snapshot read,
              Consumer<Snapshot> done) {
        Newest.Ticket ticket = edits.next();
        Snapshot base = shown.get();
        Messages in = lang.get();
        updating.set(true);
        background.execute(() -> {
            Snapshot edited = base.updated(next, in, read.warnings(), steps, Checkpoint.NONE, read.archive());
            ui.execute(() -> {
                if (ticket.current()) {
                    updating.set(false);
                    if (shown.get().dataset() == base.dataset()) {
                        done.accept(edited.messages() != lang.get() ? edited.in(lang.get()) : edited);
                    }
                }
            });
        });
    }
}
