package app.delegations.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A period of the calendar the axis and the bands are divided into, finest first. */
enum CalendarUnit {
    DAY(1, 1), MONTH(28, 30), YEAR(365, 365), DECADE(3652, 3652), CENTURY(36_524, 36_524);

    private final int shortestDays;
    private final int typicalDays;

    CalendarUnit(int shortestDays, int typicalDays) {
        this.shortestDays = shortestDays;
        this.typicalDays = typicalDays;
    }

    /** The days of this unit's shortest period (February for a month). */
    int shortestDays() {
        return shortestDays;
    }

    /** The days of a usual period of this unit. */
    int typicalDays() {
        return typicalDays;
    }

    /** The next coarser unit, or null for the coarsest. */
    CalendarUnit coarser() {
        return this == CENTURY ? null : values()[ordinal() + 1];
    }

    /** The first day of the period holding {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            case DECADE -> LocalDate.of(Math.floorDiv(day.getYear(), 10) * 10, 1, 1);
            case CENTURY -> LocalDate.of(Math.floorDiv(day.getYear(), 100) * 100, 1, 1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
            case DECADE -> start.plusYears(10);
            case CENTURY -> start.plusYears(100);
        };
    }

    /** 0 or 1, alternating from one period to the next (for the bands). */
    int parity(LocalDate start) {
        long n = switch (this) {
            case DAY -> start.toEpochDay();
            case MONTH -> ChronoUnit.MONTHS.between(LocalDate.EPOCH, start);
            case YEAR -> start.getYear();
            case DECADE -> Math.floorDiv(start.getYear(), 10);
            case CENTURY -> Math.floorDiv(start.getYear(), 100);
        };
        return (int) Math.floorMod(n, 2L);
    }
}
