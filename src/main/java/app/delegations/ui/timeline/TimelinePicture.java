package app.delegations.ui.timeline;

import app.delegations.model.EventKind;
import app.delegations.ui.common.Export;
import app.delegations.ui.common.ExportFile;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The timeline as a picture for a report: {@link #SCALE} times the view's pixels, in the light colours
 * ({@link TimelinePalette#PAPER}), with no highlighted event nor selection, the legend under it and, under that,
 * the filter that made it. Drawn on a canvas on the JavaFX thread at once (the picture of that moment); the job
 * takes its pixels from it there a band of rows at a time, then encodes and writes the PNG on its own thread.
 */
final class TimelinePicture {
    /** The picture's pixels per pixel of the view: fine enough to print. */
    static final double SCALE = 2;
    /** The picture's rows taken from the canvas on the UI thread at a time: never a long frame. */
    private static final int BAND = 256;

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
        try {
            renderer.drawPaper(g, vm, w, h);
            renderer.drawLegend(g, kinds, h, w);
            if (line != null) {
                renderer.drawLine(g, line, h + TimelineRenderer.LEGEND_HEIGHT, w);
            }
        } finally {
            paint.setDark(dark);
        }
        return (file, progress) -> {
            int[] argb = new int[width * height];
            for (int top = 0; top < height; top += BAND) {
                int band = Math.min(BAND, height - top);
                int from = top;
                onUiThread(() -> {
                    var part = new SnapshotParameters();
                    part.setViewport(new Rectangle2D(0, from, width, band));
                    WritableImage image = canvas.snapshot(part, null);
                    image.getPixelReader().getPixels(0, 0, width, band, PixelFormat.getIntArgbInstance(), argb,
                            from * width, width);
                });
                progress.check();
            }
            ExportFile.write(file, progress, out -> PngEncoder.write(width, height, argb, out));
        };
    }

    /** Runs {@code work} on the UI thread: at once on it, else waiting for it. */
    private static void onUiThread(Runnable work) throws IOException {
        if (Platform.isFxApplicationThread()) {
            work.run();
            return;
        }
        var task = new FutureTask<Void>(work, null);
        Platform.runLater(task);
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the timeline's picture was interrupted");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
