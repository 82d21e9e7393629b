package app.delegations.ui.map;

import app.delegations.ui.map.MapFrame.Label;
import app.delegations.ui.map.MapFrame.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * Readies the render thread for the map's labels before the first close-zoom view needs a few hundred of them: out
 * of sight, under the ground ({@code #mapWarmUp}, the map's lowest child), {@link MapPainter} draws {@link #LABELS}
 * labels (their halos stroked, their text filled, in the map's font and palette) and a few cluster markers,
 * {@link #PER_STEP} a frame. The first frame that draws a close view's labels then does only what later ones do, not,
 * besides, Prism's first stroking of many glyph outlines (its rasteriser's code not yet compiled, the glyphs not yet
 * loaded).
 *
 * <p>Guarantees: nothing the warm-up draws can be seen (its canvas is shown only while the ground drawn for the
 * very view covers it, {@link #cover}); it draws only at rest (while {@code quiet} holds: no pan or zoom in
 * progress, the map in a showing window), else it waits, with no timer running, until {@link #cover} is told
 * again. Once done its canvas is cleared and leaves the map. A frame holds at most {@link #PER_STEP} labels of it.
 */
final class MarksWarmUp {
    /** Labels drawn in all. */
    static final int LABELS = 750;
    /** Labels drawn in one frame. */
    static final int PER_STEP = 25;
    private static final int COLUMNS = 5;
    private static final double COLUMN = 130;
    private static final double ROW = 20;

    /** Never shown: letters, digits and the map's usual diacritics, cut into labels of varied lengths. */
    private static final String GLYPHS = "Abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 "
            + "ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż ÄÖÜäöüß éèêàâçñíóúýčšžřůőű ./-()',";

    private final Canvas canvas = new Canvas(COLUMNS * COLUMN, (double) PER_STEP / COLUMNS * ROW + ROW);
    private final MapPainter painter;
    private final Supplier<MapPalette> palette;
    private final BooleanSupplier quiet;
    private final Consumer<Node> leave;
    private final Pulses pulses;
    private boolean running;
    private int drawn;

    /** Runs a step once a frame while it returns true. */
    @FunctionalInterface
    interface Pulses {
        void run(BooleanSupplier step);

        /** On the JavaFX pulse: an animation timer, running only while the step goes on. */
        static Pulses fx() {
            return step -> new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (!step.getAsBoolean()) {
                        stop();
                    }
                }
            }.start();
        }
    }

    /**
     * @param palette the map's palette now
     * @param quiet   whether the map is at rest in a showing window (no pan or zoom in progress)
     * @param leave   takes the canvas off the map, once done
     * @param pulses  runs the steps, one a frame ({@link Pulses#fx()})
     */
    MarksWarmUp(MapPainter painter, Supplier<MapPalette> palette, BooleanSupplier quiet, Consumer<Node> leave,
                Pulses pulses) {
        this.leave = leave;
        this.pulses = pulses;
        this.painter = painter;
        this.palette = palette;
        this.quiet = quiet;
        canvas.setId("mapWarmUp");
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        canvas.setFocusTraversable(false);
        canvas.setVisible(false);
    }

    /** The out-of-sight canvas: the map's lowest child, under the ground. */
    Node node() {
        return canvas;
    }

    /** Whether every label has been drawn (the canvas has then left the map). */
    boolean done() {
        return drawn >= LABELS;
    }

    /** Labels drawn so far. */
    int drawn() {
        return drawn;
    }

    /**
     * Told by the map's layout: whether the ground drawn for the view shown covers the map (the canvas under it is
     * then out of sight). Shows or hides the canvas; the warm-up goes on in the next frames while it is covered.
     */
    void cover(boolean covered) {
        if (done()) {
            return;
        }
        canvas.setVisible(covered);
        if (covered && !running) {
            running = true;
            pulses.run(() -> {
                running = step();
                return running;
            });
        }
    }

    /**
     * One frame's share: the next {@link #PER_STEP} labels drawn, when the canvas is covered and the map quiet.
     * Returns whether to go on in the next frame (false: done, or waiting for {@link #cover}).
     */
    boolean step() {
        if (done()) {
            return false;
        }
        if (!canvas.isVisible() || !quiet.getAsBoolean()) {
            return false;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        painter.marks(g, frame(drawn, Math.min(PER_STEP, LABELS - drawn)), palette.get());
        drawn += PER_STEP;
        if (done()) {
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            canvas.setVisible(false);
            leave.accept(canvas);
            canvas.setWidth(0);
            canvas.setHeight(0);
            return false;
        }
        return true;
    }

    /** Ends the warm-up for good (the map disposed): no further step draws. */
    void stop() {
        drawn = LABELS;
    }

    /** {@code count} labels from the {@code from}-th on, in a grid, each cut from {@link #GLYPHS}; a cluster a row. */
    static MapFrame frame(int from, int count) {
        var labels = new ArrayList<Label>();
        var markers = new ArrayList<Marker>();
        for (int i = 0; i < count; i++) {
            int n = from + i;
            int length = 6 + n % 15;
            int start = (n * 7) % (GLYPHS.length() - length);
            double x = (i % COLUMNS) * COLUMN;
            double y = (i / COLUMNS) * ROW;
            labels.add(new Label(GLYPHS.substring(start, start + length), x + 12, y, COLUMN - 12, ROW, null));
            if (i % COLUMNS == 0) {
                markers.add(new Marker(x + 6, y + 8, 6, null, 2 + n, null, false));
            }
        }
        return new MapFrame(List.copyOf(markers), List.copyOf(labels), true);
    }
}
