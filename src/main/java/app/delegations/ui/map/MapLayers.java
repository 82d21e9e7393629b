package app.delegations.ui.map;

import app.delegations.ui.map.GroundLayer.Ground;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;

/**
 * The map's two drawn layers and where they are: the ground (the sea and the country outlines, drawn off the UI and
 * render threads by {@link GroundLayer}, with a margin of a quarter of the view on every side, at most
 * {@link #MAX_MARGIN} pixels) and the marks (markers and labels, the view's size, transparent, over the ground).
 * Each remembers the view it was drawn for; {@link #place} shows both for another view of the same scale or a near
 * one by moving and scaling their pictures, which costs the render thread a copy of pixels and not a rasterising
 * of paths. So a pan or a zoom in progress redraws nothing; a change of the markers redraws only the marks; a pan
 * that ends within the margin, by whole pixels, keeps the ground as drawn; and while a new ground is being drawn
 * the one drawn before stays, moved and scaled to the view (where it does not reach, the sea's colour shows).
 */
final class MapLayers {
    /** The ground's margin on every side, as a share of the view's width and height. */
    static final double MARGIN = 0.25;
    /** The margin's cap, so that a big window's ground (and its texture, times the screen's scale) stays bounded. */
    static final double MAX_MARGIN = 512;
    /** A picture scaled by more than this (either way) while a zoom is in progress is drawn again. */
    private static final double MAX_STRETCH = MapViewport.STEP * MapViewport.STEP * 1.0001;
    private static final double WHOLE = 1e-6;

    private final GroundLayer ground;
    private final Canvas marks = new Canvas();
    private final Affine groundAt = new Affine();
    private final Affine marksAt = new Affine();
    private Drawn marksDrawn;
    private MapFrame marksFrame;
    private MapPalette marksPalette;

    /** The view a layer was drawn for: its centre and scale, and the view's size. */
    record Drawn(double centerX, double centerY, double scale, double width, double height) {
        static Drawn of(MapViewport v) {
            return new Drawn(v.centerX(), v.centerY(), v.scale(), v.width(), v.height());
        }
    }

    /**
     * @param worker   draws the ground off the UI thread, one picture at a time
     * @param ui       runs on the UI thread
     * @param onGround told on the UI thread when a new ground is shown (to place it)
     */
    MapLayers(Executor worker, Executor ui, Runnable onGround) {
        ground = new GroundLayer(worker, ui, onGround);
        ground.node().getTransforms().add(groundAt);
        marks.getTransforms().add(marksAt);
        marks.setId("mapMarks");
    }

    List<Node> nodes() {
        return List.of(ground.node(), marks);
    }

    /**
     * Whether the layers drawn, or being drawn, can show {@code v} by moving and scaling alone: the view has the
     * size it had, the ground still covers it and is stretched at most two zoom steps.
     */
    boolean canMoveTo(MapViewport v) {
        return marksDrawn != null && covers(ground.target(), v);
    }

    /**
     * Has the sea and the outlines drawn for {@code v} and its margin, {@code pixelScale} pixels a view pixel (the
     * screen's scale), off the UI thread; the ground shown stays
     * until they are ready. When the ground shown already shows {@code v}, a picture being drawn is given up; when
     * the one being drawn will, it is awaited.
     */
    void drawGround(MapViewport v, WorldOutlines o, Set<String> t, MapPalette p, double pixelScale) {
        if (shows(ground.shown(), v, o, t, p, pixelScale)) {
            ground.cancel();
        } else if (!shows(ground.requested(), v, o, t, p, pixelScale)) {
            ground.request(ground(v, o, t, p, pixelScale));
        }
    }

    private static boolean covers(Ground g, MapViewport v) {
        if (g == null || g.view().width() != v.width() || g.view().height() != v.height()) {
            return false;
        }
        Drawn d = g.view();
        double k = v.scale() / d.scale();
        if (k > MAX_STRETCH || k < 1 / MAX_STRETCH) {
            return false;
        }
        double tx = offset(d.centerX(), v.centerX(), v.scale(), v.width(), k, g.width());
        double ty = offset(d.centerY(), v.centerY(), v.scale(), v.height(), k, g.height());
        return tx <= 0 && ty <= 0 && tx + k * g.width() >= v.width() && ty + k * g.height() >= v.height();
    }

    private static boolean shows(Ground g, MapViewport v, WorldOutlines o, Set<String> t, MapPalette p,
                                 double pixelScale) {
        if (g == null || o != g.outlines() || p != g.palette() || !t.equals(g.tinted()) || g.pixelScale() != pixelScale
                || g.view().scale() != v.scale() || !covers(g, v)) {
            return false;
        }
        double dx = (g.view().centerX() - v.centerX()) * v.scale();
        double dy = (g.view().centerY() - v.centerY()) * v.scale();
        return Math.abs(dx - Math.rint(dx)) < WHOLE && Math.abs(dy - Math.rint(dy)) < WHOLE;
    }

    /** The ground that shows {@code v}: the view, and its margin around it. */
    static Ground ground(MapViewport v, WorldOutlines o, Set<String> t, MapPalette p, double pixelScale) {
        double mx = Math.min(MAX_MARGIN, Math.ceil(v.width() * MARGIN));
        double my = Math.min(MAX_MARGIN, Math.ceil(v.height() * MARGIN));
        return new Ground(Drawn.of(v), (int) (v.width() + 2 * mx), (int) (v.height() + 2 * my), o, t, p, pixelScale);
    }

    /** Whether a ground is being drawn off the UI thread. */
    boolean groundPending() {
        return ground.requested() != null;
    }

    /** Draws a frame's markers and labels, laid out for {@code v}, unless they are drawn already. */
    void drawMarks(MapPainter painter, MapViewport v, MapFrame frame, MapPalette p) {
        Drawn d = Drawn.of(v);
        if (frame == marksFrame && p == marksPalette && d.equals(marksDrawn)) {
            return;
        }
        size(marks, v.width(), v.height());
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        painter.marks(g, frame, p);
        marksDrawn = d;
        marksFrame = frame;
        marksPalette = p;
    }

    /**
     * Puts both layers where {@code v} shows their pictures. A picture not scaled is moved by whole pixels (a part
     * of a pixel would blur it, and cost the render thread a filtered copy instead of a plain one); the view
     * settled draws it again if it was off by a part of a pixel. Returns whether the ground shown covers the
     * view (else the map's background shows where it does not reach).
     */
    boolean place(MapViewport v) {
        Ground g = ground.shown();
        if (g != null) {
            at(groundAt, g.view(), v, g.width(), g.height());
        }
        if (marksDrawn != null) {
            at(marksAt, marksDrawn, v, marks.getWidth(), marks.getHeight());
        }
        return g != null && covers(g, v);
    }

    /** Stops drawing the ground. */
    void close() {
        ground.close();
    }

    private static void at(Affine a, Drawn d, MapViewport v, double width, double height) {
        double k = v.scale() / d.scale();
        double tx = offset(d.centerX(), v.centerX(), v.scale(), v.width(), k, width);
        double ty = offset(d.centerY(), v.centerY(), v.scale(), v.height(), k, height);
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
