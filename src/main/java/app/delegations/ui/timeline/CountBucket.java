package app.delegations.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The calendar period one bar of the overview counts the events of (a day, a week, …): the finest whose bar
 * is at least {@link #MIN_BAR} pixels wide at a scale, so that the axis can say what a bar's height means
 * ("events per month").
 */
enum CountBucket {
    DAY(1, "timeline.counts.day"),
    WEEK(7, "timeline.counts.week"),
    MONTH(28, "timeline.counts.month"),
    QUARTER(90, "timeline.counts.quarter"),
    YEAR(365, "timeline.counts.year"),
    DECADE(3652, "timeline.counts.decade");

    /** The narrowest bar, in pixels. */
    static final double MIN_BAR = 3;

    private final int shortestDays;
    private final String key;

    CountBucket(int shortestDays, String key) {
        this.shortestDays = shortestDays;
        this.key = key;
    }

    /** The message saying what a bar counts. */
    String key() {
        return key;
    }

    /** The finest bucket whose bars are at least {@link #MIN_BAR} pixels wide at {@code pixelsPerDay}. */
    static CountBucket at(double pixelsPerDay) {
        for (CountBucket b : values()) {
            if (b.shortestDays * pixelsPerDay >= MIN_BAR) {
                return b;
            }
        }
        return DECADE;
    }

    /** The first day of the bucket holding {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.withDayOfYear(1);
            case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
        };
    }

    /** The first day of the bucket after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
            case DECADE -> start.plusYears(10);
        };
    }
}
