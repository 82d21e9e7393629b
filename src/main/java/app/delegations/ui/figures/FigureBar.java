package app.delegations.ui.figures;

import java.time.YearMonth;

/**
 * One bar of a figure: what it counts (a country, a year or month, a kind, a place) in the UI language and how
 * many; for a year or a month, the period itself ({@code period}; January of a year's), so that the table sorts
 * it in time and an export writes it as a number or a date; null for what is not a period.
 */
public record FigureBar(String label, int count, YearMonth period) {
    /** A bar of what is not a period (a country, a kind, a place). */
    public FigureBar(String label, int count) {
        this(label, count, null);
    }
}
