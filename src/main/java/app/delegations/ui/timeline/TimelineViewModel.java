package app.delegations.ui.timeline;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The timeline's state: which events are laid out where ({@link TimelineLayout}), the scale and scroll
 * position, selection and highlight, and the commands of the toolbar and keyboard. Pixel coordinates are those
 * of the drawing surface: the date axis takes the top {@link #AXIS_HEIGHT} pixels, rows follow below it.
 */
public final class TimelineViewModel {

    /** Height of one row of items, in pixels. */
    public static final double ROW_HEIGHT = 28;
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
    private final ReadOnlyDoubleWrapper pixelsPerDay = new ReadOnlyDoubleWrapper(this, "pixelsPerDay", 100);
    private final DoubleProperty firstDay = new SimpleDoubleProperty(this, "firstDay");
    private final ReadOnlyDoubleWrapper firstDayMin = new ReadOnlyDoubleWrapper(this, "firstDayMin");
    private final ReadOnlyDoubleWrapper firstDayMax = new ReadOnlyDoubleWrapper(this, "firstDayMax");
    private final ReadOnlyDoubleWrapper visibleDays = new ReadOnlyDoubleWrapper(this, "visibleDays");
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    private final ReadOnlyDoubleWrapper scrollYMax = new ReadOnlyDoubleWrapper(this, "scrollYMax");
    private final ReadOnlyDoubleWrapper rowsHeight = new ReadOnlyDoubleWrapper(this, "rowsHeight");
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(this, "viewportWidth");
    private final DoubleProperty viewportHeight = new SimpleDoubleProperty(this, "viewportHeight");
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail", Detail.LABELS);
    private final ReadOnlyBooleanWrapper canZoomIn = new ReadOnlyBooleanWrapper(this, "canZoomIn", true);
    private final ReadOnlyBooleanWrapper canZoomOut = new ReadOnlyBooleanWrapper(this, "canZoomOut", true);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    private boolean fitPending = true;

    public TimelineViewModel() {
        dataset.addListener(o -> {
            fitPending = true;
            relayout();
        });
        eventFilter.addListener(o -> relayout());
        locale.addListener(o -> dayFormat.set(new DayFormat(Objects.requireNonNullElse(locale.get(),
                Locale.getDefault()))));
        selectedEvent.addListener(o -> {
            resolveSelection();
            reveal(selectedItem.get());
        });
        pixelsPerDay.addListener(o -> detail.set(detailAt(pixelsPerDay.get())));
        viewportWidth.addListener(o -> viewportChanged());
        viewportHeight.addListener(o -> viewportChanged());
        Observable[] drawn = {layout, selectedItem, highlightedEventIds, dayFormat, pixelsPerDay, firstDay, scrollY,
            viewportWidth, viewportHeight};
        for (Observable o : drawn) {
            o.addListener(x -> revision.set(revision.get() + 1));
        }
        detail.set(detailAt(pixelsPerDay.get()));
    }

    // ---- the contract with the window ----

    public void setDataset(Dataset data) {
        dataset.set(data == null ? Dataset.empty() : data);
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

    /** The zoom level: width of one day in pixels. */
    public ReadOnlyDoubleProperty pixelsPerDayProperty() {
        return pixelsPerDay.getReadOnlyProperty();
    }

    public double getPixelsPerDay() {
        return pixelsPerDay.get();
    }

    /** The horizontal scroll position: the (fractional) epoch day at the left edge. */
    public DoubleProperty firstDayProperty() {
        return firstDay;
    }

    public ReadOnlyDoubleProperty firstDayMinProperty() {
        return firstDayMin.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty firstDayMaxProperty() {
        return firstDayMax.getReadOnlyProperty();
    }

    /** How many days the viewport shows at the current scale. */
    public ReadOnlyDoubleProperty visibleDaysProperty() {
        return visibleDays.getReadOnlyProperty();
    }

    /** The vertical scroll position of the rows, in pixels. */
    public DoubleProperty scrollYProperty() {
        return scrollY;
    }

    public ReadOnlyDoubleProperty scrollYMaxProperty() {
        return scrollYMax.getReadOnlyProperty();
    }

    /** The height of the rows area of the viewport (below the axis), in pixels. */
    public ReadOnlyDoubleProperty rowsHeightProperty() {
        return rowsHeight.getReadOnlyProperty();
    }

    /** Set by the view: the size of the drawing surface. */
    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    public DoubleProperty viewportHeightProperty() {
        return viewportHeight;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canZoomInProperty() {
        return canZoomIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canZoomOutProperty() {
        return canZoomOut.getReadOnlyProperty();
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
        return (epochDay - firstDay.get()) * pixelsPerDay.get();
    }

    public double dayAt(double x) {
        return firstDay.get() + x / pixelsPerDay.get();
    }

    public double yOfRow(int row) {
        return AXIS_HEIGHT + row * ROW_HEIGHT - scrollY.get();
    }

    public int rowAt(double y) {
        return (int) Math.floor((y - AXIS_HEIGHT + scrollY.get()) / ROW_HEIGHT);
    }

    /** The innermost item drawn at a point of the surface, or null. */
    public TimelineItem itemAt(double x, double y) {
        if (y < AXIS_HEIGHT || detail.get() == Detail.COUNTS) {
            return null;
        }
        return layout.get().itemAt((long) Math.floor(dayAt(x)), rowAt(y));
    }

    /** Calls {@code sink} with the index of every item inside the viewport, parents before children. */
    public void forEachVisibleItem(IntConsumer sink) {
        long from = (long) Math.floor(dayAt(0));
        long to = (long) Math.floor(dayAt(viewportWidth.get()));
        int top = rowAt(AXIS_HEIGHT);
        int bottom = rowAt(viewportHeight.get());
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
        zoomBy(ZOOM_STEP, viewportWidth.get() / 2);
    }

    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP, viewportWidth.get() / 2);
    }

    /** Scales by {@code factor}, keeping the day under {@code anchorX} in place. */
    public void zoomBy(double factor, double anchorX) {
        fitPending = false;
        double anchorDay = dayAt(anchorX);
        pixelsPerDay.set(clampScale(pixelsPerDay.get() * factor));
        updateBounds();
        firstDay.set(clampFirstDay(anchorDay - anchorX / pixelsPerDay.get()));
    }

    /** Shows every shown event: the whole range across the width, the top row at the top. */
    public void fitAll() {
        double width = viewportWidth.get();
        if (width <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        TimelineLayout l = layout.get();
        pixelsPerDay.set(clampScale(fitScale()));
        updateBounds();
        firstDay.set(clampFirstDay(l.minDay() - EDGE / pixelsPerDay.get()));
        scrollY.set(0);
    }

    /** Moves the view by pixels (drag, wheel). */
    public void scrollBy(double dx, double dy) {
        firstDay.set(clampFirstDay(firstDay.get() + dx / pixelsPerDay.get()));
        scrollY.set(clampScrollY(scrollY.get() + dy));
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
        reveal(selectedItem.get());  // also when the event was already selected but out of view
    }

    private void relayout() {
        var data = dataset.get();
        layout.set(TimelineLayout.of(data, eventFilter.get()));
        resolveSelection();
        updateBounds();
        if (fitPending) {
            fitAll();
        } else {
            firstDay.set(clampFirstDay(firstDay.get()));
            scrollY.set(clampScrollY(scrollY.get()));
        }
    }

    private void resolveSelection() {
        Event event = selectedEvent.get();
        TimelineLayout l = layout.get();
        int i = event == null ? -1 : l.indexOf(event.id());
        selectedItem.set(i < 0 ? null : l.item(i));
    }

    private void viewportChanged() {
        updateBounds();
        if (fitPending) {
            fitAll();
        } else {
            firstDay.set(clampFirstDay(firstDay.get()));
            scrollY.set(clampScrollY(scrollY.get()));
        }
    }

    /** Scrolls so that the item's first day and its row are in view. */
    private void reveal(TimelineItem item) {
        double width = viewportWidth.get();
        if (item == null || width <= 0) {
            return;
        }
        double ppd = pixelsPerDay.get();
        double x0 = xOfDay(item.startDay());
        double x1 = x0 + Math.min(width / 2, (item.endDay() - item.startDay() + 1) * ppd);
        if (x0 < 0 || x1 > width) {
            firstDay.set(clampFirstDay(item.startDay() - width / 4 / ppd));
        }
        double top = item.row() * ROW_HEIGHT;
        if (top < scrollY.get()) {
            scrollY.set(clampScrollY(top));
        } else if (top + ROW_HEIGHT > scrollY.get() + rowsHeight.get()) {
            scrollY.set(clampScrollY(top + ROW_HEIGHT - rowsHeight.get()));
        }
    }

    private void updateBounds() {
        TimelineLayout l = layout.get();
        double ppd = pixelsPerDay.get();
        double days = viewportWidth.get() / ppd;
        visibleDays.set(days);
        double pad = EDGE / ppd;
        double min = l.minDay() - pad;
        double end = l.maxDay() + 1 + pad;
        if (end - min <= days) {  // all of it fits: keep it centred
            min = (l.minDay() + l.maxDay() + 1) / 2.0 - days / 2;
            firstDayMin.set(min);
            firstDayMax.set(min);
        } else {
            firstDayMin.set(min);
            firstDayMax.set(end - days);
        }
        rowsHeight.set(Math.max(0, viewportHeight.get() - AXIS_HEIGHT));
        double content = detail.get() == Detail.COUNTS ? 0 : l.rowCount() * ROW_HEIGHT + ROW_HEIGHT / 2;
        scrollYMax.set(Math.max(0, content - rowsHeight.get()));
        canZoomIn.set(ppd < MAX_PIXELS_PER_DAY);
        canZoomOut.set(ppd > minScale());
    }

    private double fitScale() {
        TimelineLayout l = layout.get();
        double width = viewportWidth.get() > 0 ? viewportWidth.get() : 800;
        double span = l.maxDay() + 1 - l.minDay();
        return Math.max(1e-4, (width - 2 * EDGE)) / span;
    }

    private double minScale() {
        return Math.min(MAX_PIXELS_PER_DAY, Math.max(1e-4, fitScale() / 2));
    }

    private double clampScale(double ppd) {
        return Math.max(minScale(), Math.min(MAX_PIXELS_PER_DAY, ppd));
    }

    private double clampFirstDay(double day) {
        return Math.max(firstDayMin.get(), Math.min(firstDayMax.get(), day));
    }

    private double clampScrollY(double y) {
        return Math.max(0, Math.min(scrollYMax.get(), y));
    }

    private static Detail detailAt(double ppd) {
        return ppd < COUNTS_BELOW ? Detail.COUNTS : ppd < LABELS_FROM ? Detail.SHAPES : Detail.LABELS;
    }
}
