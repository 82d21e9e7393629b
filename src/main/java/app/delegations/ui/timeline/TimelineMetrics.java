package app.delegations.ui.timeline;

/**
 * The timeline's fixed measures, in pixels of the drawing surface and pixels per day: the height of the axis and
 * of a row, the margin of a fitted view, the limits of the scale and where its level of {@link Detail} changes.
 */
public final class TimelineMetrics {

    /** Height of one row of items, in pixels: room for a title on two lines. */
    public static final double ROW_HEIGHT = 40;
    /** Height of the date axis above the rows. */
    public static final double AXIS_HEIGHT = 46;
    /** Free pixels left and right of the events when everything is fitted. */
    public static final double EDGE = 24;
    /** The closest zoom, in pixels per day. */
    public static final double MAX_PIXELS_PER_DAY = 2400;
    /** The factor of one step of zoom in or out (toolbar, keys). */
    public static final double ZOOM_STEP = 1.5;
    /** Below this scale a day is too narrow for items: counts per day are drawn instead. */
    public static final double COUNTS_BELOW = 6;
    /** From this scale the titles of items are written. */
    public static final double LABELS_FROM = 90;

    private TimelineMetrics() {
    }

    /** How much is drawn per item at a scale (pixels per day). */
    static Detail detailAt(double pixelsPerDay) {
        return pixelsPerDay < COUNTS_BELOW ? Detail.COUNTS
                : pixelsPerDay < LABELS_FROM ? Detail.SHAPES : Detail.LABELS;
    }
}
