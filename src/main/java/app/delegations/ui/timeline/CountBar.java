package app.delegations.ui.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * One bar of the overview of counts: its period ({@code first} to {@code last}, one {@code bucket}), the number
 * of events starting in it, and the first of them in time order (containers before their children).
 */
record CountBar(CountBucket bucket, LocalDate first, LocalDate last, int count, List<TimelineItem> items) {
}
