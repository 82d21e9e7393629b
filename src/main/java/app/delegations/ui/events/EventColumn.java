package app.delegations.ui.events;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;

/**
 * The columns of the Events table; {@link #id()} is the column's node id and preference key. The title column
 * shows the title indented by the event's nesting depth while the table is in tree order ({@link #label}); its
 * {@link #text} (what Ctrl+C copies) is the plain title.
 */
public enum EventColumn implements DataColumn<EventRow> {
    DATES("dates", "events.column.dates", 170, Look.TEXT),
    TITLE("title", "events.column.title", 360, Look.MATCHES),
    KIND("kind", "events.column.kind", 110, Look.TEXT),
    PLACE("place", "events.column.place", 150, Look.TEXT),
    PARENT("parent", "events.column.parent", 220, Look.TEXT),
    PLACES("places", "events.column.places", 70, Look.NUMBER),
    PRESENTERS("presenters", "events.column.presenters", 160, Look.TEXT);

    private final ColumnSpec spec;

    EventColumn(String id, String key, double width, Look look) {
        this.spec = new ColumnSpec(id, key, width, look);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }

    @Override
    public String text(EventRow row) {
        return row.text(this);
    }

    /** As shown: the title indented by nesting depth in tree order ({@link EventRow#shownTitle}). */
    @Override
    public String label(EventRow row) {
        return this == TITLE ? row.shownTitle() : row.text(this);
    }

    /** The dates are a span of days in a spreadsheet (its first and last day as dates). */
    @Override
    public Type type() {
        return this == DATES ? Type.DAYS : DataColumn.super.type();
    }

    @Override
    public Object value(EventRow row) {
        return this == DATES ? new Days(row.event().start(), row.event().end()) : DataColumn.super.value(row);
    }
}
