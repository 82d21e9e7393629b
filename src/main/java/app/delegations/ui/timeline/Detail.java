package app.delegations.ui.timeline;

/** How much the timeline draws per item at the current scale ({@link TimelineMetrics#detailAt}). */
public enum Detail {
    /** Days too narrow for items: counts of events per day. */
    COUNTS,
    /** Items as shapes, without titles. */
    SHAPES,
    /** Items with their titles written. */
    LABELS
}
