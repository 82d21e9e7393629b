package app.delegations.ui.timeline;

import app.delegations.model.Event;
import java.time.LocalDate;

/**
 * One event placed on the timeline. Days are epoch days ({@link LocalDate#toEpochDay()}), inclusive; rows are
 * the vertical slots of {@link TimelineViewModel#ROW_HEIGHT} pixels counted from the top of the content.
 *
 * @param index       position in time order (by start day, then parent before child, siblings in source order)
 * @param startDay    first day of the event
 * @param endDay      last day of the event
 * @param extentStart first day drawn: the event's start or that of an earlier child
 * @param extentEnd   last day drawn: the event's end or that of a later child
 * @param depth       0 for a top-level item, 1 for its children, ...
 * @param row         the row of the item (for a container: its header row)
 * @param rowSpan     rows taken: 1 for a leaf, 1 + the rows of the children for a container
 * @param parent      index of the enclosing item, or -1
 * @param container   true when shown items lie inside this one
 */
public record TimelineItem(int index, Event event, long startDay, long endDay, long extentStart, long extentEnd,
                           int depth, int row, int rowSpan, int parent, boolean container) {

    public LocalDate start() {
        return LocalDate.ofEpochDay(startDay);
    }

    public LocalDate end() {
        return LocalDate.ofEpochDay(endDay);
    }

    /** True when the drawn item covers the given day and row. */
    public boolean covers(long day, int r) {
        return day >= extentStart && day <= extentEnd && r >= row && r < row + rowSpan;
    }

    public boolean multiDay() {
        return endDay > startDay;
    }
}
