package app.delegations.ui.timeline;

import app.delegations.model.Event;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The selected event and how the selection moves: to the item at a point (a click), to the next or previous
 * item in time order (the keyboard), and on to the event's details (Enter, a double click). Guarantees:
 * {@link #itemProperty()} is the selected event's item in the current layout once {@link #resolve()} ran after
 * a new layout, or null when nothing is selected or the event is not shown; selecting an event scrolls its
 * item into view when too little of it shows, and so does the keyboard, also on the item already selected.
 */
final class TimelineSelection {

    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<TimelineItem> item = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private final ObjectProperty<Consumer<Event>> onOpenDetails = new SimpleObjectProperty<>(this, "onOpenDetails");
    private final ObservableObjectValue<TimelineLayout> layout;
    private final Viewport viewport;
    private final ItemsInView inView;

    TimelineSelection(ObservableObjectValue<TimelineLayout> layout, Viewport viewport, ItemsInView inView) {
        this.layout = layout;
        this.viewport = viewport;
        this.inView = inView;
        event.addListener(o -> {
            resolve();
            viewport.reveal(item.get());
        });
    }

    ObjectProperty<Event> eventProperty() {
        return event;
    }

    ReadOnlyObjectProperty<TimelineItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    ObjectProperty<Consumer<Event>> onOpenDetailsProperty() {
        return onOpenDetails;
    }

    void select(TimelineItem selected) {
        event.set(selected == null ? null : selected.event());
    }

    /** Selects the item at a point of the surface (clears the selection on empty space). */
    void selectAt(double x, double y) {
        select(inView.at(x, y));
    }

    /**
     * Selects the item {@code direction} (+1 or -1) places away in time order; with nothing selected, the first
     * (or, going back, the last) item in view.
     */
    void step(int direction) {
        TimelineLayout l = layout.get();
        if (l.isEmpty()) {
            return;
        }
        TimelineItem current = item.get();
        int next;
        if (current == null) {
            List<TimelineItem> visible = inView.list();
            next = visible.isEmpty() ? 0 : visible.get(0).index();
            if (direction < 0 && !visible.isEmpty()) {
                next = visible.get(visible.size() - 1).index();
            }
        } else {
            next = Math.max(0, Math.min(l.size() - 1, current.index() + direction));
        }
        select(l.item(next));
        viewport.reveal(item.get());  // also when the event was already selected but out of view
    }

    /** Hands the selected event to {@link #onOpenDetailsProperty()}, when both are set. */
    void open() {
        Consumer<Event> open = onOpenDetails.get();
        Event selected = event.get();
        if (open != null && selected != null) {
            open.accept(selected);
        }
    }

    /** Finds the selected event's item in the current layout (after a new layout). */
    void resolve() {
        Event selected = event.get();
        TimelineLayout l = layout.get();
        int i = selected == null ? -1 : l.indexOf(selected.id());
        item.set(i < 0 ? null : l.item(i));
    }
}
