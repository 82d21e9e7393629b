package app.delegations.ui.figures;

import app.delegations.ui.timeline.PngEncoder;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A figure's PNG page, for a report read away from the window: the chart ({@link FigureChart}: its title, every
 * bar, the value axis saying what it counts), each bar's count written at its end (grouped in the UI's language),
 * and under it lines of text, wrapped to the page's width (what the
 * filters were, how many tied places the chart leaves out), dark on white in the light theme's colours whatever
 * the window's theme. {@link #WIDTH} wide and as tall as its bars and lines need.
 */
final class FigurePaper {
    /** The width of a chart's PNG. */
    static final double WIDTH = 900;
    /** The room right of the value axis for the count written at the end of the longest bar. */
    private static final double VALUES = 64;

    private FigurePaper() {
    }

    /**
     * The page, styled and laid out: a chart of {@code bars} titled {@code title} whose value axis is labelled
     * {@code axis}, counts grouped in {@code locale}, then each of {@code lines} ({@code .figure-paper-line}).
     */
    static Region page(Locale locale, String title, String axis, List<FigureBar> bars, List<String> lines) {
        BarChart<Number, String> chart = FigureChart.make(locale);
        chart.setTitle(title);
        FigureChart.fill(chart, bars, title, axis);
        chart.setPadding(new Insets(8, VALUES, 8, 8)); // room for the count at the end of the longest bar
        var values = new Pane(); // the counts, placed by hand at the bars' ends once the chart is laid out
        values.setMouseTransparent(true);
        var page = new VBox(new StackPane(chart, values));
        for (String line : lines) {
            var text = new Label(line);
            text.getStyleClass().add("figure-paper-line");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setPadding(new Insets(0, 16, 0, 16));
            page.getChildren().add(text);
        }
        page.setPadding(new Insets(0, 0, 12, 0));
        page.setMinWidth(WIDTH);
        page.setPrefWidth(WIDTH);
        page.setMaxWidth(WIDTH);
        page.setStyle("-fx-background-color: white;");
        // a group sizes the page to what it needs: as tall as the bars and the wrapped lines
        var scene = new Scene(new Group(page), Color.WHITE);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        page.applyCss();
        page.autosize();
        page.layout();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        for (XYChart.Series<Number, String> series : chart.getData()) {
            for (XYChart.Data<Number, String> d : series.getData()) {
                Node bar = d.getNode();
                if (bar == null) {
                    continue;
                }
                Bounds end = values.sceneToLocal(bar.localToScene(bar.getBoundsInLocal()));
                var value = new Label(numbers.format(d.getXValue().longValue()));
                value.getStyleClass().add("figure-paper-value");
                values.getChildren().add(value);
                value.applyCss();
                value.autosize();
                value.relocate(end.getMaxX() + 4, end.getCenterY() - value.getHeight() / 2);
            }
        }
        page.layout();
        return page;
    }

    /** Writes {@code page} as a PNG image on white. */
    static void write(Region page, Path file) throws IOException {
        var params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = page.snapshot(params, null);
        try (OutputStream out = Files.newOutputStream(file)) {
            PngEncoder.write(image, out);
        }
    }
}
