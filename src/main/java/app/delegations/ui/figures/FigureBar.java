package app.delegations.ui.figures;

/**
 * One bar of a figure: what it counts (a country, a year or month, a kind, a place) in the UI language and how
 * many.
 */
public record FigureBar(String label, int count) {
}
