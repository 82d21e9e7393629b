package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.AXIS_HEIGHT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.value.ObservableObjectValue;

/**
 * Hit-testing: which items of the current layout are drawn where, through the viewport's geometry — the item
 * at a point of the surface, and the items inside the viewport. Guarantees: only the window's days and rows are
 * visited (through the layout's interval index), never every item; no item is hit on the axis or while counts
 * per day are drawn instead of items, when the bar under the point is hit instead.
 */
final class ItemsInView {

    private final ObservableObjectValue<TimelineLayout> layout;
    private final Viewport viewport;

    ItemsInView(ObservableObjectValue<TimelineLayout> layout, Viewport viewport) {
        this.layout = layout;
        this.viewport = viewport;
    }

    /** The innermost item drawn at a point of the surface, or null. */
    TimelineItem at(double x, double y) {
        if (y < AXIS_HEIGHT || viewport.detail.get() == Detail.COUNTS) {
            return null;
        }
        return layout.get().itemAt((long) Math.floor(viewport.dayAt(x)), viewport.rowAt(y));
    }

    /**
     * While counts are drawn, the bar at a point of the surface with up to {@code limit} of its items; null
     * elsewhere, on the axis, or where the bar is empty.
     */
    CountBar barAt(double x, double y, int limit) {
        if (y < AXIS_HEIGHT || viewport.detail.get() != Detail.COUNTS) {
            return null;
        }
        CountBucket bucket = CountBucket.at(viewport.pixelsPerDay.get());
        LocalDate first = bucket.start(LocalDate.ofEpochDay((long) Math.floor(viewport.dayAt(x))));
        LocalDate next = bucket.next(first);
        int count = layout.get().countStarting(first.toEpochDay(), next.toEpochDay());
        return count == 0 ? null : new CountBar(bucket, first, next.minusDays(1), count,
                layout.get().itemsStarting(first.toEpochDay(), next.toEpochDay(), limit));
    }

    /** Calls {@code sink} with the index of every item inside the viewport, parents before children. */
    void forEach(IntConsumer sink) {
        long from = (long) Math.floor(viewport.dayAt(0));
        long to = (long) Math.floor(viewport.dayAt(viewport.width.get()));
        int top = viewport.rowAt(AXIS_HEIGHT);
        int bottom = viewport.rowAt(viewport.height.get());
        layout.get().forEachVisible(from, to, top, bottom, sink);
    }

    /** The items inside the viewport, in the order of {@link #forEach}. */
    List<TimelineItem> list() {
        var list = new ArrayList<TimelineItem>();
        TimelineLayout l = layout.get();
        forEach(i -> list.add(l.item(i)));
        return list;
    }
}
