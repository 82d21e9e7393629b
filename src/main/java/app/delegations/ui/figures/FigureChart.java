package app.delegations.ui.figures;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * A figure's bar chart, the same on screen and in a PNG: horizontal bars, one per bar of the figure in its order
 * from the top, each {@link #SLOT} pixels of height whatever their number (the chart grows with them and its
 * place scrolls; with few bars it stays that short, at the top of its place), so that every bar is as thick as in
 * any other chart, and every label is written on one line beside it: whole, or cut with "…" past
 * {@link FigureNames#LABEL} pixels ({@link FigureNames}), so that a very long name leaves the bars their room.
 * Each bar says its whole name and count to a screen reader and in a tooltip. The value axis runs from 0 to a round
 * number at or above the largest count, in whole steps (1, 2, 5 × 10ⁿ) written at both ends and grouped in the UI's
 * language, and is labelled with what the bars count ("Meetings", "Places"), as the numbers' table heads its
 * column; no animation.
 */
final class FigureChart {
    /** The height of one bar with the gap to the next. */
    static final double SLOT = 28;
    /** The least gap between two bars; a bar is {@code SLOT - GAP} thick wherever the chart has the room. */
    static final double GAP = 8;
    /** What the chart needs beside its bars: the title, the value axis with its label and the paddings. */
    static final double FRAME = 152;

    /** The chart's property holding its {@link FigureNames}. */
    private static final String NAMES = "figures.names";
    /** The chart's property holding how to show its bars again. */
    private static final String SHOWN = "figures.shown";

    private FigureChart() {
    }

    /** The height a chart of {@code bars} bars needs, at least {@code available} (it then fills its place). */
    static double height(int bars, double available) {
        return Math.max(available, bars * SLOT + FRAME);
    }

    /** A chart without bars whose value axis writes whole counts as {@code locale} groups them. */
    static BarChart<Number, String> make(Locale locale) {
        var counts = new NumberAxis();
        var labels = new CategoryAxis();
        counts.setAnimated(false);
        labels.setAnimated(false);
        counts.setMinorTickVisible(false);
        counts.setForceZeroInRange(true);
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        counts.setTickLabelFormatter(new NumberAxis.DefaultFormatter(counts) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? format.format(n.longValue()) : "";
            }
        });
        var chart = new BarChart<Number, String>(counts, labels);
        chart.getProperties().put(NAMES, new FigureNames(labels));
        // names are cut to the axis's font: when the style sheet sets it, the bars are shown again with theirs
        labels.tickLabelFontProperty().addListener((o, was, font) -> {
            if (chart.getProperties().get(SHOWN) instanceof Runnable again) {
                again.run();
            }
        });
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(GAP);
        chart.setBarGap(0);
        // the room a bar gets beyond its thickness goes to the gap: bars as thick with 2 as with 40
        InvalidationListener thickness = o -> {
            double height = labels.getHeight(); // read every time: an invalidation listener hears only after a read
            int n = chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
            if (n > 0 && height > 0) {
                chart.setCategoryGap(Math.max(GAP, height / n - (SLOT - GAP)));
            }
        };
        labels.heightProperty().addListener(thickness);
        chart.dataProperty().addListener(thickness);
        chart.getData().addListener(thickness);
        return chart;
    }

    /**
     * Shows {@code bars} in {@code chart}, the first at the top, labels the value axis {@code what} (what the
     * bars count) and makes the chart as tall as they need.
     */
    static void fill(BarChart<Number, String> chart, List<FigureBar> bars, String name, String what) {
        List<FigureBar> shown = List.copyOf(bars);
        chart.getProperties().put(SHOWN, (Runnable) () -> fill(chart, shown, name, what));
        var names = (FigureNames) chart.getProperties().get(NAMES);
        List<String> written = names.written(shown.stream().map(FigureBar::label).toList());
        var counts = (NumberAxis) chart.getXAxis();
        StringConverter<Number> numbers = counts.getTickLabelFormatter(); // grouped in the UI's language
        var series = new XYChart.Series<Number, String>();
        series.setName(name);
        // a vertical category axis puts its first category at the bottom: the last bar goes in first
        for (int i = bars.size() - 1; i >= 0; i--) {
            FigureBar b = bars.get(i);
            var d = new XYChart.Data<Number, String>(b.count(), written.get(i));
            d.nodeProperty().addListener((o, was, bar) -> describe(bar, b, numbers));
            series.getData().add(d);
        }
        chart.getData().setAll(List.of(series));
        chart.setMinHeight(height(bars.size(), 0));
        chart.setMaxHeight(height(bars.size(), 0));
        long most = bars.stream().mapToLong(FigureBar::count).max().orElse(0);
        counts.setLabel(what);
        long step = step(most);
        counts.setAutoRanging(false);
        counts.setLowerBound(0);
        counts.setUpperBound(Math.max(step, (most + step - 1) / step * step));
        counts.setTickUnit(step);
    }

    /** Tells the whole name and count of {@code b} on its {@code bar}: to a screen reader and on hover. */
    private static void describe(Node bar, FigureBar b, StringConverter<Number> numbers) {
        if (bar != null) {
            String whole = b.label() + ": " + numbers.toString(b.count());
            bar.accessibleTextProperty().unbind(); // the chart's binding would read the name as the axis writes it
            bar.setAccessibleText(whole);
            Tooltip.install(bar, new Tooltip(whole));
        }
    }

    /** A round step (1, 2, 5 × 10ⁿ) that cuts 0…{@code most} into at most 10 whole parts. */
    static long step(long most) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (most <= 10 * m * step) {
                    return m * step;
                }
            }
            step *= 10;
        }
    }
}
