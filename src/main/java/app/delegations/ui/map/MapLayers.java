package app.delegations.ui.map;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;

/**
 * The map's two drawn layers and where they are: the ground (the sea and the country outlines, drawn with a
 * margin of a quarter of the view on every side, at most {@link #MAX_MARGIN} pixels) and the marks (markers and labels, the view's size, transparent,
 * over the ground). Each remembers the view it was drawn for; {@link #place} shows both for another view of the
 * same scale or a near one by moving and scaling their pictures, which costs the render thread a copy of pixels
 * and not a rasterising of paths. So a pan or a zoom in progress redraws nothing; a change of the markers
 * redraws only the marks; and a pan that ends within the margin, by whole pixels, keeps the ground as drawn.
 */
final class MapLayers {
    /** The ground's margin on every side, as a share of the view's width and height. */
    static final double MARGIN = 0.25;
    /** The margin's cap, so that a big window's ground (and its texture, times the screen's scale) stays bounded. */
    static final double MAX_MARGIN = 512;
    /** A picture scaled by more than this (either way) while a zoom is in progress is drawn again. */
    private static final double MAX_STRETCH = MapViewport.STEP * MapViewport.STEP * 1.0001;
    private static final double WHOLE = 1e-6;

    private final Canvas ground = new Canvas();
    private final Canvas marks = new Canvas();
    private final Affine groundAt = new Affine();
    private final Affine marksAt = new Affine();
    private Drawn groundDrawn;
    private Drawn marksDrawn;
    private WorldOutlines outlines;
    private Set<String> tinted;
    private MapPalette palette;

    /** The view a layer was drawn for: its centre and scale, and the view's size. */
    private record Drawn(double centerX, double centerY, double scale, double width, double height) {
        static Drawn of(MapViewport v) {
            return new Drawn(v.centerX(), v.centerY(), v.scale(), v.width(), v.height());
        }
    }

    MapLayers() {
        ground.getTransforms().add(groundAt);
        marks.getTransforms().add(marksAt);
        ground.setId("mapGround");
        marks.setId("mapMarks");
    }

    List<Node> nodes() {
        return List.of(ground, marks);
    }

    /**
     * Whether the layers drawn can show {@code v} by moving and scaling alone: the view has the size it had, the
     * ground still covers it and is stretched at most two zoom steps.
     */
    boolean canMoveTo(MapViewport v) {
        if (groundDrawn == null || marksDrawn == null || groundDrawn.width() != v.width()
                || groundDrawn.height() != v.height()) {
            return false;
        }
        double k = v.scale() / groundDrawn.scale();
        if (k > MAX_STRETCH || k < 1 / MAX_STRETCH) {
            return false;
        }
        double tx = offset(groundDrawn.centerX(), v.centerX(), v.scale(), v.width(), k, ground.getWidth());
        double ty = offset(groundDrawn.centerY(), v.centerY(), v.scale(), v.height(), k, ground.getHeight());
        return tx <= 0 && ty <= 0 && tx + k * ground.getWidth() >= v.width()
                && ty + k * ground.getHeight() >= v.height();
    }

    /**
     * Whether the ground drawn shows {@code v} pixel for pixel: the same outlines, tints and colours, the same
     * size and scale, moved by whole pixels within its margin.
     */
    boolean groundShows(MapViewport v, WorldOutlines o, Set<String> t, MapPalette p) {
        if (groundDrawn == null || o != outlines || p != palette || !t.equals(tinted)
                || groundDrawn.scale() != v.scale() || !canMoveTo(v)) {
            return false;
        }
        double dx = (groundDrawn.centerX() - v.centerX()) * v.scale();
        double dy = (groundDrawn.centerY() - v.centerY()) * v.scale();
        return Math.abs(dx - Math.rint(dx)) < WHOLE && Math.abs(dy - Math.rint(dy)) < WHOLE;
    }

    /** Draws the sea and the outlines for {@code v} and its margin. */
    void drawGround(MapPainter painter, MapViewport v, WorldOutlines o, Set<String> t, MapPalette p) {
        double mx = Math.min(MAX_MARGIN, Math.ceil(v.width() * MARGIN));
        double my = Math.min(MAX_MARGIN, Math.ceil(v.height() * MARGIN));
        MapViewport layer = v.resized(v.width() + 2 * mx, v.height() + 2 * my);
        size(ground, layer.width(), layer.height());
        painter.ground(ground.getGraphicsContext2D(), layer, o, t, p);
        groundDrawn = Drawn.of(v);
        outlines = o;
        tinted = t;
        palette = p;
    }

    /** Draws a frame's markers and labels, laid out for {@code v}. */
    void drawMarks(MapPainter painter, MapViewport v, MapFrame frame, MapPalette p) {
        size(marks, v.width(), v.height());
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        painter.marks(g, frame, p);
        marksDrawn = Drawn.of(v);
    }

    /**
     * Puts both layers where {@code v} shows their pictures. A picture not scaled is moved by whole pixels (a part
     * of a pixel would blur it, and cost the render thread a filtered copy instead of a plain one); the view
     * settled draws it again if it was off by a part of a pixel.
     */
    void place(MapViewport v) {
        if (groundDrawn != null) {
            at(groundAt, groundDrawn, v, ground);
        }
        if (marksDrawn != null) {
            at(marksAt, marksDrawn, v, marks);
        }
    }

    private static void at(Affine a, Drawn d, MapViewport v, Canvas c) {
        double k = v.scale() / d.scale();
        double tx = offset(d.centerX(), v.centerX(), v.scale(), v.width(), k, c.getWidth());
        double ty = offset(d.centerY(), v.centerY(), v.scale(), v.height(), k, c.getHeight());
        a.setToTransform(k, 0, tx, 0, k, ty);
    }

    /**
     * Where a layer drawn centred on {@code drawnCenter} starts on screen when the view is centred on
     * {@code center}; not scaled, in whole pixels.
     */
    private static double offset(double drawnCenter, double center, double scale, double view, double k, double layer) {
        double at = (drawnCenter - center) * scale + view / 2 - k * layer / 2;
        return k == 1 ? Math.rint(at) : at;
    }

    private static void size(Canvas c, double w, double h) {
        if (c.getWidth() != w || c.getHeight() != h) {
            c.setWidth(w);
            c.setHeight(h);
        }
    }
}
