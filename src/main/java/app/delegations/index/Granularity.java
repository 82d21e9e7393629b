package app.delegations.index;

import app.delegations.model.Event;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How the event-date facet groups days into buckets: by day for a congress, by month or year for a long
 * archive. A bucket is named by its first day; consecutive buckets do not overlap and leave no day out.
 */
public enum Granularity {
    DAY, MONTH, YEAR;

    /** Events spanning fewer days than this are grouped by day. */
    static final int MAX_DAYS = 62;
    /** Events spanning more days than {@link #MAX_DAYS} but fewer months than this are grouped by month. */
    static final int MAX_MONTHS = 120;

    /**
     * The finest grouping that keeps the facet short for these events: by day when they span under
     * {@link #MAX_DAYS} days, by month under {@link #MAX_MONTHS} months, else by year; by day for no events.
     */
    static Granularity forEvents(List<Event> events) {
        if (events.isEmpty()) {
            return DAY;
        }
        LocalDate min = events.get(0).start();
        LocalDate max = events.get(0).end();
        for (Event e : events) {
            min = e.start().isBefore(min) ? e.start() : min;
            max = e.end().isAfter(max) ? e.end() : max;
        }
        if (ChronoUnit.DAYS.between(min, max) < MAX_DAYS) {
            return DAY;
        }
        return ChronoUnit.MONTHS.between(min.withDayOfMonth(1), max.withDayOfMonth(1)) < MAX_MONTHS ? MONTH : YEAR;
    }

    /** The first day of the bucket holding {@code date}. */
    public LocalDate bucket(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The first day of the bucket after the one starting at {@code bucket}. */
    public LocalDate next(LocalDate bucket) {
        return switch (this) {
            case DAY -> bucket.plusDays(1);
            case MONTH -> bucket.plusMonths(1);
            case YEAR -> bucket.plusYears(1);
        };
    }

    /** The last day of the bucket starting at {@code bucket}. */
    public LocalDate last(LocalDate bucket) {
        return next(bucket).minusDays(1);
    }
}
