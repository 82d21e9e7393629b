package app.delegations.ui.main;

import app.delegations.model.Dataset;
import app.delegations.ui.common.Newest;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Each file or archive read, on its way to the views: shown only once {@link ReadingShown} has said what is shown
 * of it, so the views go straight from what they showed to that (never the records as read first, when unsaved
 * changes are shown on them). The newest reading wins: the answer about an older one is dropped. UI thread.
 */
final class Readings {
    private final ReadingShown shown;
    private final Newest newest = new Newest();
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private Snapshot last;

    Readings(ReadingShown shown) {
        this.shown = shown;
    }

    /**
     * The newest file or archive read, shown or still waiting (null before the first): its archive is what the
     * next reading after a change on disk starts from, and what an edit shown from now on is of.
     */
    Snapshot last() {
        return last;
    }

    /** True while the answer about the newest reading is awaited. */
    ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /**
     * Asks what is shown of {@code read}; {@code asRead} then gets it when it is shown as read (or the answer
     * failed), {@code instead} the records to show in its place; neither when a newer reading came meanwhile.
     */
    void take(Snapshot read, Consumer<Snapshot> asRead, Consumer<Dataset> instead) {
        last = read;
        Newest.Ticket ticket = newest.next();
        waiting.set(true);
        shown.shown(read.dataset(), read.archive()).whenComplete((data, failed) -> {
            if (!ticket.current()) {
                return;
            }
            waiting.set(false);
            if (data == null || data == read.dataset()) {
                asRead.accept(read);
            } else {
                instead.accept(data);
            }
        });
    }
}
