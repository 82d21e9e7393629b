package app.delegations.ui.timeline;

import app.delegations.model.EventKind;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** The legend ({@code #timelineLegend}): each kind shown with its marker and colour, and the highlight. */
final class TimelineLegend extends FlowPane {

    private static final double GLYPH = 16;

    private final PaletteAndFonts paint;

    TimelineLegend(PaletteAndFonts paint) {
        this.paint = paint;
        setId("timelineLegend");
        getStyleClass().add("timeline-legend");
        setHgap(14);
        setVgap(4);
        setPadding(new Insets(6, 8, 6, 8));
        setAlignment(Pos.CENTER_LEFT);
    }

    void show(List<EventKind> kinds, UnaryOperator<String> text) {
        getChildren().clear();
        for (EventKind kind : kinds) {
            Canvas glyph = new Canvas(GLYPH, GLYPH);
            GraphicsContext gc = glyph.getGraphicsContext2D();
            Marker.of(kind).draw(gc, GLYPH / 2, GLYPH / 2, 12, paint.palette().kind(kind), paint.palette().text());
            add(glyph, text.apply(TimelineRenderer.kindKey(kind)), "timeline-legend-" + kind.json());
        }
        Canvas glyph = new Canvas(GLYPH, GLYPH);
        GraphicsContext gc = glyph.getGraphicsContext2D();
        gc.setFill(paint.palette().highlightFill());
        gc.fillRoundRect(1, 3, GLYPH - 2, GLYPH - 6, 5, 5);
        gc.setStroke(paint.palette().highlightStroke());
        gc.setLineWidth(2);
        gc.strokeRoundRect(1, 3, GLYPH - 2, GLYPH - 6, 5, 5);
        add(glyph, text.apply("timeline.legend.highlighted"), "timeline-legend-highlighted");
    }

    private void add(Canvas glyph, String name, String styleClass) {
        var label = new Label(name, glyph);
        label.getStyleClass().add(styleClass);
        label.setGraphicTextGap(6);
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(label);
    }
}
