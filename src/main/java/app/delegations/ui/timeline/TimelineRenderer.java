package app.delegations.ui.timeline;

import static app.delegations.ui.timeline.TimelineMetrics.AXIS_HEIGHT;

import app.delegations.model.EventKind;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Paints the whole timeline for the view model's current state into a canvas: what is visible, nothing more. */
final class TimelineRenderer {

    /** Height of the legend strip added under an exported image. */
    static final double LEGEND_HEIGHT = 30;

    private final PaletteAndFonts paint;
    private final AxisPainter axis;
    private final ItemPainter items;
    private final CountsPainter counts;
    private UnaryOperator<String> text;

    TimelineRenderer(PaletteAndFonts paint, UnaryOperator<String> text) {
        this.paint = paint;
        this.text = text;
        axis = new AxisPainter(paint);
        items = new ItemPainter(paint);
        counts = new CountsPainter(paint);
    }

    void setText(UnaryOperator<String> text) {
        this.text = text;
    }

    void draw(GraphicsContext gc, TimelineViewModel vm, double width, double height, boolean focused) {
        draw(gc, vm, width, height, focused, false);
    }

    /** Draws the timeline as a picture for paper: no highlighted event, no selection, no focus. */
    void drawPaper(GraphicsContext gc, TimelineViewModel vm, double width, double height) {
        draw(gc, vm, width, height, false, true);
    }

    private void draw(GraphicsContext gc, TimelineViewModel vm, double width, double height, boolean focused,
                      boolean paper) {
        TimelinePalette p = paint.palette();
        gc.setFill(p.background());
        gc.fillRect(0, 0, width, height);
        if (vm.getLayout().isEmpty()) {
            return; // the view's empty state says why, over the canvas
        }
        gc.save();
        gc.beginPath();
        gc.rect(0, AXIS_HEIGHT, width, height - AXIS_HEIGHT);
        gc.clip();
        axis.drawBands(gc, vm, width, height);
        if (vm.detailProperty().get() == Detail.COUNTS) {
            counts.draw(gc, vm, width, height, text, paper);
        } else {
            items.draw(gc, vm, focused, paper);
        }
        gc.restore();
        axis.drawAxis(gc, vm, width);
    }

    /** A strip naming each kind by its marker and colour (under an exported image). */
    void drawLegend(GraphicsContext gc, List<EventKind> kinds, double y, double width) {
        TimelinePalette p = paint.palette();
        gc.setFill(p.axisBackground());
        gc.fillRect(0, y, width, LEGEND_HEIGHT);
        gc.setStroke(p.grid());
        gc.setLineWidth(1);
        gc.strokeLine(0, AxisPainter.snap(y), width, AxisPainter.snap(y));
        double x = 10;
        double cy = y + LEGEND_HEIGHT / 2;
        gc.setFont(paint.regular());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (EventKind kind : kinds) {
            String name = text.apply(kindKey(kind));
            Marker.of(kind).draw(gc, x + 7, cy, 12, p.kind(kind), p.text());
            gc.setFill(p.text());
            gc.fillText(name, x + 18, cy);
            x += 18 + paint.fit().width(name, paint.regular()) + 18;
        }
    }

    /** Draws {@code line} (the filter that made the picture) in a strip {@link #LEGEND_HEIGHT} high from {@code y}. */
    void drawLine(GraphicsContext gc, String line, double y, double width) {
        TimelinePalette p = paint.palette();
        gc.setFill(p.axisBackground());
        gc.fillRect(0, y, width, LEGEND_HEIGHT);
        gc.setFont(paint.regular());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFill(p.text());
        gc.fillText(paint.fit().fit(line, paint.regular(), width - 20), 10, y + LEGEND_HEIGHT / 2);
    }

    static String kindKey(EventKind kind) {
        return "timeline.kind." + kind.json();
    }
}
