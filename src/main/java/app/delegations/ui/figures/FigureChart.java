package app.delegations.ui.figures;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * A figure's bar chart, the same on screen and in a PNG: horizontal bars, one per bar of the figure in its order
 * from the top, each {@link #SLOT} pixels of height whatever their number (the chart grows with them and its
 * place scrolls), so that every bar is thick and every label is written whole on one line beside it. The counts on
 * the value axis are whole numbers grouped in the UI's language; no animation.
 */
final class FigureChart {
    /** The height of one bar with the gap to the next. */
    static final double SLOT = 28;
    /** What the chart needs beside its bars: the title, the value axis and its paddings. */
    static final double FRAME = 130;

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
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(8);
        chart.setBarGap(0);
        return chart;
    }

    /** Shows {@code bars} in {@code chart}, the first at the top, and makes the chart as tall as they need. */
    static void fill(BarChart<Number, String> chart, List<FigureBar> bars, String name) {
        var series = new XYChart.Series<Number, String>();
        series.setName(name);
        // a vertical category axis puts its first category at the bottom: the last bar goes in first
        for (int i = bars.size() - 1; i >= 0; i--) {
            FigureBar b = bars.get(i);
            series.getData().add(new XYChart.Data<>(b.count(), b.label()));
        }
        chart.getData().setAll(List.of(series));
        chart.setMinHeight(height(bars.size(), 0));
    }
}
