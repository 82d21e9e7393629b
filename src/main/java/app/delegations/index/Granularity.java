package app.delegations.index;

import java.time.LocalDate;

/**
 * How days group into buckets (the filter's years are {@link #YEAR} buckets, see {@link EventDates}). A bucket is
 * named by its first day; consecutive buckets do not overlap and leave no day out.
 */
public enum Granularity {
    DAY, MONTH, YEAR;

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
