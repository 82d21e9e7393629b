package app.delegations.ui.timeline;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The timeline's state: which events are laid out where ({@link TimelineLayout}), the scale and scroll
 * position, selection and highlight, and the commands of the toolbar and keyboard. Pixel coordinates are those
 * of the drawing surface: the date axis takes the top {@link #AXIS_HEIGHT} pixels, rows follow below it.
 */
public final class TimelineViewModel {

    /** Height of one row of items, in pixels: room for a title on two lines. */
    public static final double ROW_HEIGHT = 40;
    /** Height of the date axis above the rows. */
    public static final double AXIS_HEIGHT = 46;
    /** Free pixels left and right of the events when everything is fitted. */
    public static final double EDGE = 24;
    public static final double MAX_PIXELS_PER_DAY = 2400;
    public static final double ZOOM_STEP = 1.5;
    /** Below this scale a day is too narrow for items: counts per day are drawn instead. */
    public static final double COUNTS_BELOW = 6;
    /** From this scale the titles of items are written. */
    public static final double LABELS_FROM = 90;

    /** How much is drawn per item at the current scale. */
    public enum Detail { COUNTS, SHAPES, LABELS }

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset", Dataset.empty());
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());
    private final ObjectProperty<Predicate<Event>> eventFilter = new SimpleObjectProperty<>(this, "eventFilter");
    private final ObjectProperty<Set<String>> highlightedEventIds =
            new SimpleObjectProperty<>(this, "highlightedEventIds", Set.of());
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Consumer<Event>> onOpenDetails = new SimpleObjectProperty<>(this, "onOpenDetails");

    private final ReadOnlyObjectWrapper<TimelineLayout> layout =
            new ReadOnlyObjectWrapper<>(this, "layout", TimelineLayout.empty());
    private final ReadOnlyObjectWrapper<TimelineItem> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private final ReadOnlyObjectWrapper<DayFormat> dayFormat =
            new ReadOnlyObjectWrapper<>(this, "dayFormat", new DayFormat(Locale.getDefault()));
    private final Viewport viewport = new Viewport();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");

    /** True from a new dataset until its layout has been made: the new data is fitted into view. */
    private boolean newData = true;
    /** Where layouts are computed and where they are applied; null: at once, on the calling thread. */
    private Executor background;
    private Executor uiThread;
    /** Counts layout requests: a result computed for an older request is dropped. */
    private long generation;
    /** The new dataset's layout, made elsewhere ({@link #setDataset(Dataset, TimelineLayout)}); null otherwise. */
    private TimelineLayout prepared;

    public TimelineViewModel() {
        dataset.addListener(o -> {
            newData = true;
            relayout();
        });
        eventFilter.addListener(o -> relayout());
        locale.addListener(o -> dayFormat.set(new DayFormat(Objects.requireNonNullElse(locale.get(),
                Locale.getDefault()))));
        selectedEvent.addListener(o -> {
            resolveSelection();
            viewport.reveal(selectedItem.get());
        });
        Observable[] drawn = {layout, selectedItem, highlightedEventIds, dayFormat, viewport.pixelsPerDay,
            viewport.firstDay, viewport.scrollY, viewport.width, viewport.height};
        for (Observable o : drawn) {
            o.addListener(x -> revision.set(revision.get() + 1));
        }
    }

    // ---- the contract with the window ----

    public void setDataset(Dataset data) {
        setDataset(data, null);
    }

    /**
     * Shows {@code data}, with {@code laidOut} its layout under the current event filter when it was made
     * elsewhere (off the UI thread with the data), or null to lay it out here.
     */
    public void setDataset(Dataset data, TimelineLayout laidOut) {
        prepared = laidOut;
        dataset.set(data == null ? Dataset.empty() : data);
        prepared = null; // the same dataset again: nothing was laid out, the layout shown stays
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    /** Which events are shown; null shows all. */
    public ObjectProperty<Predicate<Event>> eventFilterProperty() {
        return eventFilter;
    }

    /** Ids of the events drawn emphasised (e.g. those of the place selected in a table). */
    public ObjectProperty<Set<String>> highlightedEventIdsProperty() {
        return highlightedEventIds;
    }

    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** Called with the selected event on Enter or a double click. */
    public ObjectProperty<Consumer<Event>> onOpenDetailsProperty() {
        return onOpenDetails;
    }

    /**
     * Computes layouts on {@code background} and applies them through {@code uiThread} (e.g.
     * {@code Platform::runLater}), so that a new filter or file never blocks the JavaFX thread; a layout
     * overtaken by a newer request is dropped. The event filter is then called on the background thread and must
     * not read JavaFX state. Without this (the default) layouts are made at once, on the calling thread.
     */
    public void useBackgroundLayout(Executor background, Executor uiThread) {
        this.background = Objects.requireNonNull(background, "background");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    /** True while a layout is being computed in the background. */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    // ---- state for the view ----

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public TimelineLayout getLayout() {
        return layout.get();
    }

    /** The item of the selected event, or null when none is selected or it is not shown. */
    public ReadOnlyObjectProperty<TimelineItem> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DayFormat> dayFormatProperty() {
        return dayFormat.getReadOnlyProperty();
    }

    public double getPixelsPerDay() {
        return viewport.pixelsPerDay.get();
    }

    /** The horizontal scroll position: the (fractional) epoch day at the left edge. */
    public DoubleProperty firstDayProperty() {
        return viewport.firstDay;
    }

    public ReadOnlyDoubleProperty firstDayMinProperty() {
        return viewport.firstDayMin.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty firstDayMaxProperty() {
        return viewport.firstDayMax.getReadOnlyProperty();
    }

    /** How many days the viewport shows at the current scale. */
    public ReadOnlyDoubleProperty visibleDaysProperty() {
        return viewport.visibleDays.getReadOnlyProperty();
    }

    /** The vertical scroll position of the rows, in pixels. */
    public DoubleProperty scrollYProperty() {
        return viewport.scrollY;
    }

    public ReadOnlyDoubleProperty scrollYMaxProperty() {
        return viewport.scrollYMax.getReadOnlyProperty();
    }

    /** The height of the rows area of the viewport (below the axis), in pixels. */
    public ReadOnlyDoubleProperty rowsHeightProperty() {
        return viewport.rowsHeight.getReadOnlyProperty();
    }

    /** Set by the view: the size of the drawing surface. */
    public DoubleProperty viewportWidthProperty() {
        return viewport.width;
    }

    public DoubleProperty viewportHeightProperty() {
        return viewport.height;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return viewport.detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canZoomInProperty() {
        return viewport.canZoomIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canZoomOutProperty() {
        return viewport.canZoomOut.getReadOnlyProperty();
    }

    /** Changes whenever anything drawn changes: the view redraws on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isHighlighted(TimelineItem item) {
        Set<String> ids = highlightedEventIds.get();
        return ids != null && ids.contains(item.event().id());
    }

    public String titleOf(TimelineItem item) {
        return item.event().title().in(dayFormat.get().locale());
    }

    // ---- geometry ----

    public double xOfDay(double epochDay) {
        return viewport.xOfDay(epochDay);
    }

    public double dayAt(double x) {
        return viewport.dayAt(x);
    }

    public double yOfRow(int row) {
        return viewport.yOfRow(row);
    }

    public int rowAt(double y) {
        return viewport.rowAt(y);
    }

    /** The innermost item drawn at a point of the surface, or null. */
    public TimelineItem itemAt(double x, double y) {
        if (y < AXIS_HEIGHT || viewport.detail.get() == Detail.COUNTS) {
            return null;
        }
        return layout.get().itemAt((long) Math.floor(dayAt(x)), rowAt(y));
    }

    /** Calls {@code sink} with the index of every item inside the viewport, parents before children. */
    public void forEachVisibleItem(IntConsumer sink) {
        long from = (long) Math.floor(dayAt(0));
        long to = (long) Math.floor(dayAt(viewport.width.get()));
        int top = rowAt(AXIS_HEIGHT);
        int bottom = rowAt(viewport.height.get());
        layout.get().forEachVisible(from, to, top, bottom, sink);
    }

    public List<TimelineItem> visibleItems() {
        var list = new ArrayList<TimelineItem>();
        TimelineLayout l = layout.get();
        forEachVisibleItem(i -> list.add(l.item(i)));
        return list;
    }

    // ---- commands ----

    public void zoomIn() {
        zoomBy(ZOOM_STEP, viewport.width.get() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP, viewport.width.get() / 2);
    }

    /** Scales by {@code factor}, keeping the day under {@code anchorX} in place. */
    public void zoomBy(double factor, double anchorX) {
        viewport.zoomBy(factor, anchorX);
    }

    /** Shows every shown event: the whole range across the width, the top row at the top. */
    public void fitAll() {
        viewport.fitAll();
    }

    /** Moves the view by pixels (drag, wheel). */
    public void scrollBy(double dx, double dy) {
        viewport.scrollBy(dx, dy);
    }

    public void select(TimelineItem item) {
        selectedEvent.set(item == null ? null : item.event());
    }

    /** Selects the item at a point of the surface (clears the selection on empty space). */
    public void selectAt(double x, double y) {
        select(itemAt(x, y));
    }

    /** Selects the next item in time order (the first one in view when nothing is selected). */
    public void selectNext() {
        step(+1);
    }

    public void selectPrevious() {
        step(-1);
    }

    /** Opens the details of the selected event (Enter, double click). */
    public void openSelected() {
        Consumer<Event> open = onOpenDetails.get();
        Event event = selectedEvent.get();
        if (open != null && event != null) {
            open.accept(event);
        }
    }

    // ---- internals ----

    private void step(int direction) {
        TimelineLayout l = layout.get();
        if (l.isEmpty()) {
            return;
        }
        TimelineItem current = selectedItem.get();
        int next;
        if (current == null) {
            List<TimelineItem> visible = visibleItems();
            next = visible.isEmpty() ? 0 : visible.get(0).index();
            if (direction < 0 && !visible.isEmpty()) {
                next = visible.get(visible.size() - 1).index();
            }
        } else {
            next = Math.max(0, Math.min(l.size() - 1, current.index() + direction));
        }
        select(l.item(next));
        viewport.reveal(selectedItem.get());  // also when the event was already selected but out of view
    }

    private void relayout() {
        Dataset data = dataset.get();
        Predicate<Event> filter = eventFilter.get();
        long request = ++generation;
        if (prepared != null) {
            apply(prepared);
            layingOut.set(false); // a layout still being made in the background is dropped
            return;
        }
        if (background == null) {
            apply(TimelineLayout.of(data, filter));
            return;
        }
        layingOut.set(true);
        background.execute(() -> {
            TimelineLayout result = TimelineLayout.of(data, filter);
            uiThread.execute(() -> {
                if (request == generation) {
                    apply(result);
                    layingOut.set(false);
                }
            });
        });
    }

    private void apply(TimelineLayout result) {
        layout.set(result);
        resolveSelection();
        viewport.setLayout(result, newData);
        newData = false;
    }

    private void resolveSelection() {
        Event event = selectedEvent.get();
        TimelineLayout l = layout.get();
        int i = event == null ? -1 : l.indexOf(event.id());
        selectedItem.set(i < 0 ? null : l.item(i));
    }
}
