package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.AXIS_HEIGHT;
import static app.delegations.ui.timeline.TimelineMetrics.EDGE;
import static app.delegations.ui.timeline.TimelineMetrics.MAX_PIXELS_PER_DAY;
import static app.delegations.ui.timeline.TimelineMetrics.ROW_HEIGHT;
import static app.delegations.ui.timeline.TimelineMetrics.detailAt;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The zoom and scroll math of the timeline over a layout, and the pixel geometry that follows from it: the scale
 * (pixels per day), the day at the left edge and its bounds, the vertical scroll, where a day or a row is drawn.
 * Guarantees: the position always stays within its bounds (a layout narrower than the view is centred); the
 * scale stays between half the fitted scale and {@link TimelineMetrics#MAX_PIXELS_PER_DAY}; after "fit all" the
 * view stays fitted when its size changes until the user zooms or scrolls.
 */
final class Viewport {

    final ReadOnlyDoubleWrapper pixelsPerDay = new ReadOnlyDoubleWrapper(this, "pixelsPerDay", 100);
    final DoubleProperty firstDay = new SimpleDoubleProperty(this, "firstDay");
    final ReadOnlyDoubleWrapper firstDayMin = new ReadOnlyDoubleWrapper(this, "firstDayMin");
    final ReadOnlyDoubleWrapper firstDayMax = new ReadOnlyDoubleWrapper(this, "firstDayMax");
    final ReadOnlyDoubleWrapper visibleDays = new ReadOnlyDoubleWrapper(this, "visibleDays");
    final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    final ReadOnlyDoubleWrapper scrollYMax = new ReadOnlyDoubleWrapper(this, "scrollYMax");
    final ReadOnlyDoubleWrapper rowsHeight = new ReadOnlyDoubleWrapper(this, "rowsHeight");
    final DoubleProperty width = new SimpleDoubleProperty(this, "viewportWidth");
    final DoubleProperty height = new SimpleDoubleProperty(this, "viewportHeight");
    final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail", Detail.LABELS);
    final ReadOnlyBooleanWrapper canZoomIn = new ReadOnlyBooleanWrapper(this, "canZoomIn", true);
    final ReadOnlyBooleanWrapper canZoomOut = new ReadOnlyBooleanWrapper(this, "canZoomOut", true);

    private TimelineLayout layout = TimelineLayout.empty();
    /** Fit as soon as the size is known (a new dataset). */
    private boolean fitPending = true;
    /** Fitted and not moved since: refit when the size changes. */
    private boolean fitted;
    /** Set while this class moves the view itself, to tell the user's scrolling (scroll bar) apart. */
    private boolean moving;

    Viewport() {
        pixelsPerDay.addListener(o -> detail.set(detailAt(pixelsPerDay.get())));
        width.addListener(o -> sizeChanged());
        height.addListener(o -> sizeChanged());
        firstDay.addListener(o -> fitted &= moving);
        scrollY.addListener(o -> fitted &= moving);
        detail.set(detailAt(pixelsPerDay.get()));
    }

    /** A new layout; {@code fit} for a new dataset, else the scale and position are kept. */
    void setLayout(TimelineLayout newLayout, boolean fit) {
        layout = newLayout;
        fitPending |= fit;
        updateBounds();
        if (fitPending || fitted) {
            fitAll();
        } else {
            move(firstDay.get(), scrollY.get());
        }
    }

    // ---- what the scroll bars and the toolbar bind to ----

    /** The horizontal scroll position: the (fractional) epoch day at the left edge. */
    DoubleProperty firstDayProperty() {
        return firstDay;
    }

    ReadOnlyDoubleProperty firstDayMinProperty() {
        return firstDayMin.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty firstDayMaxProperty() {
        return firstDayMax.getReadOnlyProperty();
    }

    /** How many days the viewport shows at the current scale. */
    ReadOnlyDoubleProperty visibleDaysProperty() {
        return visibleDays.getReadOnlyProperty();
    }

    /** The vertical scroll position of the rows, in pixels. */
    DoubleProperty scrollYProperty() {
        return scrollY;
    }

    ReadOnlyDoubleProperty scrollYMaxProperty() {
        return scrollYMax.getReadOnlyProperty();
    }

    /** The height of the rows area of the viewport (below the axis), in pixels. */
    ReadOnlyDoubleProperty rowsHeightProperty() {
        return rowsHeight.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canZoomInProperty() {
        return canZoomIn.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canZoomOutProperty() {
        return canZoomOut.getReadOnlyProperty();
    }

    // ---- geometry ----

    /** The x of the left edge of a day on the surface. */

    double xOfDay(double epochDay) {
        return (epochDay - firstDay.get()) * pixelsPerDay.get();
    }

    /** The (fractional) epoch day at an x of the surface. */
    double dayAt(double x) {
        return firstDay.get() + x / pixelsPerDay.get();
    }

    /** The y of the top of a row on the surface (rows start below the axis). */
    double yOfRow(int row) {
        return AXIS_HEIGHT + row * ROW_HEIGHT - scrollY.get();
    }

    /** The row at a y of the surface (negative on the axis above the top row). */
    int rowAt(double y) {
        return (int) Math.floor((y - AXIS_HEIGHT + scrollY.get()) / ROW_HEIGHT);
    }

    // ---- commands ----

    void zoomBy(double factor, double anchorX) {
        fitPending = false;
        fitted = false;
        double anchorDay = dayAt(anchorX);
        pixelsPerDay.set(clampScale(pixelsPerDay.get() * factor));
        updateBounds();
        move(anchorDay - anchorX / pixelsPerDay.get(), scrollY.get());
    }

    void fitAll() {
        if (width.get() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        pixelsPerDay.set(clampScale(fitScale()));
        updateBounds();
        move(layout.minDay() - EDGE / pixelsPerDay.get(), fitted ? scrollY.get() : 0);
        fitted = true;
    }

    void scrollBy(double dx, double dy) {
        fitted = false;
        move(firstDay.get() + dx / pixelsPerDay.get(), scrollY.get() + dy);
    }

    /**
     * Scrolls an item into view when too little of it shows (a click never moves the view; the keyboard moves it
     * to items out of sight): its first day a quarter in from the left, its top row in the rows area.
     */
    void reveal(TimelineItem item) {
        double w = width.get();
        if (item == null || w <= 0) {
            return;
        }
        double ppd = pixelsPerDay.get();
        double x0 = xOfDay(item.startDay());
        double x1 = xOfDay(item.endDay() + 1);
        boolean hidden = Math.min(x1, w) - Math.max(x0, 0) < Math.min(24, x1 - x0);
        double day = hidden ? item.startDay() - w / 4 / ppd : firstDay.get();
        double top = item.row() * ROW_HEIGHT;
        double bottom = top + item.rowSpan() * ROW_HEIGHT;
        double y = scrollY.get();
        double rows = rowsHeight.get();
        if (Math.min(bottom, y + rows) - Math.max(top, y) < Math.min(ROW_HEIGHT, rows)) {
            y = top < y ? top : top + ROW_HEIGHT - rows;
        }
        if (day != firstDay.get() || y != scrollY.get()) {
            fitted = false;
            move(day, y);
        }
    }

    // ---- internals ----

    private void sizeChanged() {
        updateBounds();
        if (fitPending || fitted) {
            fitAll();
        } else {
            move(firstDay.get(), scrollY.get());
        }
    }

    private void move(double day, double y) {
        moving = true;
        try {
            firstDay.set(Math.max(firstDayMin.get(), Math.min(firstDayMax.get(), day)));
            scrollY.set(Math.max(0, Math.min(scrollYMax.get(), y)));
        } finally {
            moving = false;
        }
    }

    private void updateBounds() {
        double ppd = pixelsPerDay.get();
        double days = width.get() / ppd;
        visibleDays.set(days);
        double pad = EDGE / ppd;
        double min = layout.minDay() - pad;
        double end = layout.maxDay() + 1 + pad;
        if (end - min <= days) {  // all of it fits: keep it centred
            min = (layout.minDay() + layout.maxDay() + 1) / 2.0 - days / 2;
            firstDayMin.set(min);
            firstDayMax.set(min);
        } else {
            firstDayMin.set(min);
            firstDayMax.set(end - days);
        }
        rowsHeight.set(Math.max(0, height.get() - AXIS_HEIGHT));
        double content = detail.get() == Detail.COUNTS ? 0 : layout.rowCount() * ROW_HEIGHT + ROW_HEIGHT / 2;
        scrollYMax.set(Math.max(0, content - rowsHeight.get()));
        canZoomIn.set(ppd < MAX_PIXELS_PER_DAY);
        canZoomOut.set(ppd > minScale());
    }

    private double fitScale() {
        double w = width.get() > 0 ? width.get() : 800;
        double span = layout.maxDay() + 1 - layout.minDay();
        return Math.max(1e-4, w - 2 * EDGE) / span;
    }

    /** No further out than half the fitted scale: the events then fill half the width. */
    private double minScale() {
        return Math.min(MAX_PIXELS_PER_DAY, Math.max(1e-4, fitScale() / 2));
    }

    private double clampScale(double ppd) {
        return Math.max(minScale(), Math.min(MAX_PIXELS_PER_DAY, ppd));
    }

}
