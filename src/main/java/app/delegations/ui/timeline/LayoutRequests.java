package app.delegations.ui.timeline;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.ui.common.Newest;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Makes the timeline's layouts and hands each to {@code show}: at once on the calling thread (the default), or
 * on a background executor with the result handed over through the UI executor, so that a new filter or file
 * never blocks the JavaFX thread. Guarantees: only the newest request's layout is shown — a background layout
 * overtaken by a newer request (or by a layout given ready-made) is dropped; {@link #layingOutProperty()} is
 * true exactly while the newest request is being laid out in the background.
 */
final class LayoutRequests {

    private final Consumer<TimelineLayout> show;
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final Newest newest = new Newest();
    /** Where layouts are computed and where they are applied; null: at once, on the calling thread. */
    private Executor background;
    private Executor uiThread;

    /** {@code show} receives every layout to be shown, on the UI thread. */
    LayoutRequests(Consumer<TimelineLayout> show) {
        this.show = Objects.requireNonNull(show, "show");
    }

    /** From now on, lays out on {@code background} and shows the result through {@code uiThread}. */
    void useBackground(Executor background, Executor uiThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    /**
     * Shows the layout of {@code data} under {@code filter}: {@code ready} at once when it was made elsewhere,
     * else one made here or in the background. Any layout still being made for an earlier request is dropped.
     */
    void request(Dataset data, Predicate<Event> filter, TimelineLayout ready) {
        Newest.Ticket ticket = newest.next();
        if (ready != null) {
            show.accept(ready);
            layingOut.set(false);
            return;
        }
        if (background == null) {
            show.accept(TimelineLayout.of(data, filter));
            return;
        }
        layingOut.set(true);
        background.execute(() -> {
            TimelineLayout result = TimelineLayout.of(data, filter);
            uiThread.execute(() -> {
                if (ticket.current()) {
                    show.accept(result);
                    layingOut.set(false);
                }
            });
        });
    }
}
