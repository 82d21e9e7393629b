package app.delegations.ui.timeline;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The timeline's state and commands, as the window and the view see them: which events are laid out where
 * ({@link TimelineLayout}, made by {@link LayoutRequests}), the scale and scroll position ({@link Viewport}),
 * what is drawn where ({@link ItemsInView}), selection and navigation ({@link TimelineSelection}), the
 * language of dates and titles ({@link TimelineLocale}), and the highlight. Guarantees: a new dataset is fitted
 * into view once its layout is shown, a new filter keeps the scale and position the user chose (a view not moved
 * since it was fitted is fitted again); {@link #revisionProperty()} changes whenever anything drawn changes. Pixel coordinates are those of the drawing surface: the date axis
 * takes the top {@link TimelineMetrics#AXIS_HEIGHT} pixels, rows follow below it.
 */
public final class TimelineViewModel {

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset", Dataset.empty());
    private final ObjectProperty<Predicate<Event>> eventFilter = new SimpleObjectProperty<>(this, "eventFilter");
    private final ObjectProperty<Set<String>> highlightedEventIds =
            new SimpleObjectProperty<>(this, "highlightedEventIds", Set.of());
    private final ReadOnlyObjectWrapper<TimelineLayout> layout =
            new ReadOnlyObjectWrapper<>(this, "layout", TimelineLayout.empty());
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final Viewport viewport = new Viewport();
    private final ItemsInView inView = new ItemsInView(layout, viewport);
    private final TimelineSelection selection = new TimelineSelection(layout, viewport, inView);
    private final TimelineLocale locale = new TimelineLocale();
    private final LayoutRequests layouts = new LayoutRequests(this::show);

    /** True from a new dataset until its layout has been shown: the new data is fitted into view. */
    private boolean newData = true;
    /** The new dataset's layout, made elsewhere ({@link #setDataset(Dataset, TimelineLayout)}); null otherwise. */
    private TimelineLayout prepared;

    public TimelineViewModel() {
        dataset.addListener(o -> {
            newData = true;
            relayout();
        });
        eventFilter.addListener(o -> relayout());
        Observable[] drawn = {layout, selection.itemProperty(), highlightedEventIds, locale.dayFormatProperty(),
            viewport.pixelsPerDay, viewport.firstDay, viewport.scrollY, viewport.width, viewport.height};
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
        return locale.localeProperty();
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
        return selection.eventProperty();
    }

    /** Called with the selected event on Enter or a double click. */
    public ObjectProperty<Consumer<Event>> onOpenDetailsProperty() {
        return selection.onOpenDetailsProperty();
    }

    /**
     * Computes layouts on {@code background} and applies them through {@code uiThread} (e.g.
     * {@code Platform::runLater}), so that a new filter or file never blocks the JavaFX thread; a layout
     * overtaken by a newer request is dropped. The event filter is then called on the background thread and must
     * not read JavaFX state. Without this (the default) layouts are made at once, on the calling thread.
     */
    public void useBackgroundLayout(Executor background, Executor uiThread) {
        layouts.useBackground(background, uiThread);
    }

    /** True while a layout is being computed in the background. */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layouts.layingOutProperty();
    }

    // ---- state for the view, and its parts: geometry and hit-testing ----

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public TimelineLayout getLayout() {
        return layout.get();
    }

    /** The item of the selected event, or null when none is selected or it is not shown. */
    public ReadOnlyObjectProperty<TimelineItem> selectedItemProperty() {
        return selection.itemProperty();
    }

    public ReadOnlyObjectProperty<DayFormat> dayFormatProperty() {
        return locale.dayFormatProperty();
    }

    public double getPixelsPerDay() {
        return viewport.pixelsPerDay.get();
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

    /** Changes whenever anything drawn changes: the view redraws on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isHighlighted(TimelineItem item) {
        Set<String> ids = highlightedEventIds.get();
        return ids != null && ids.contains(item.event().id());
    }

    public String titleOf(TimelineItem item) {
        return locale.titleOf(item);
    }

    /** The scale, scroll position and pixel geometry (what the scroll bars and the painters read). */
    Viewport viewport() {
        return viewport;
    }

    /** Hit-testing: the items drawn at a point or inside the viewport. */
    ItemsInView itemsInView() {
        return inView;
    }

    /** The innermost item drawn at a point of the surface, or null. */
    public TimelineItem itemAt(double x, double y) {
        return inView.at(x, y);
    }

    public List<TimelineItem> visibleItems() {
        return inView.list();
    }

    // ---- commands ----

    public void zoomIn() {
        zoomBy(TimelineMetrics.ZOOM_STEP, viewport.width.get() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / TimelineMetrics.ZOOM_STEP, viewport.width.get() / 2);
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
        selection.select(item);
    }

    /** Selects the item at a point of the surface (clears the selection on empty space). */
    public void selectAt(double x, double y) {
        selection.selectAt(x, y);
    }

    /** Selects the next item in time order (the first one in view when nothing is selected). */
    public void selectNext() {
        selection.step(+1);
    }

    public void selectPrevious() {
        selection.step(-1);
    }

    /** Opens the details of the selected event (Enter, double click). */
    public void openSelected() {
        selection.open();
    }

    private void relayout() {
        layouts.request(dataset.get(), eventFilter.get(), prepared);
    }

    private void show(TimelineLayout result) {
        layout.set(result);
        selection.resolve();
        viewport.setLayout(result, newData);
        newData = false;
    }
}
