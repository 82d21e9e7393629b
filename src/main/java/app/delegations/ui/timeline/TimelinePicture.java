package app.delegations.ui.timeline;

import app.delegations.model.EventKind;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.ExportFile;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The timeline as a picture for a report: {@link #SCALE} times the view's pixels, in the light colours
 * ({@link TimelinePalette#PAPER}), with no highlighted event nor selection, the legend under it and, under that,
 * the filter that made it. Drawn on the JavaFX thread; the PNG is encoded and written by the job, on any thread.
 */
final class TimelinePicture {
    /** The picture's pixels per pixel of the view: fine enough to print. */
    static final double SCALE = 2;

    private TimelinePicture() {
    }

    /**
     * Draws the view of {@code vm} ({@code vm}'s viewport size) with {@code renderer} in the paper palette, then
     * gives {@code paint} back the window's colours ({@code dark}); {@code line} null: no filter line.
     */
    static Export.Job draw(TimelineRenderer renderer, TimelineViewModel vm, List<EventKind> kinds, String line,
                           PaletteAndFonts paint, boolean dark) {
        double w = Math.floor(vm.viewportWidthProperty().get());
        double h = Math.floor(vm.viewportHeightProperty().get());
        double strips = TimelineRenderer.LEGEND_HEIGHT * (line == null ? 1 : 2);
        int width = (int) (w * SCALE);
        int height = (int) ((h + strips) * SCALE);
        var canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(SCALE, SCALE);
        paint.setPalette(TimelinePalette.PAPER);
        WritableImage image;
        try {
            renderer.drawPaper(g, vm, w, h);
            renderer.drawLegend(g, kinds, h, w);
            if (line != null) {
                renderer.drawLine(g, line, h + TimelineRenderer.LEGEND_HEIGHT, w);
            }
            image = canvas.snapshot(null, null);
        } finally {
            paint.setDark(dark);
        }
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return (file, progress) -> ExportFile.write(file, progress, out -> PngEncoder.write(width, height, argb, out));
    }
}
