package app.delegations.ui.map;

import app.delegations.ui.common.Newest;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.image.ImageView;

/**
 * The map's ground as shown: a picture of the sea and the outlines drawn off the UI and render threads
 * ({@link GroundRaster} on the {@code worker}) and shown by an {@link ImageView} once drawn. Newest wins: a request
 * not yet started when a newer one is made is never drawn, and a picture that arrives after a newer request is
 * not shown; until the picture asked for arrives the one shown before stays (moved and scaled by the map).
 * Pictures are reused: one shown, the one shown before it (the render thread may still read it), one free.
 * Used on the UI thread, except {@link GroundRaster#draw} on the worker.
 */
final class GroundLayer {
    /**
     * What a picture of the ground shows: the view it was drawn for, its own size (in view pixels), outlines, tints
     * and colours, and its pixels per view pixel (the screen's scale: sharp on a display of double density).
     */
    record Ground(MapLayers.Drawn view, int width, int height, WorldOutlines outlines, Set<String> tinted,
                  MapPalette palette, double pixelScale) {
        int pixelWidth() {
            return (int) Math.ceil(width * pixelScale);
        }

        int pixelHeight() {
            return (int) Math.ceil(height * pixelScale);
        }

        /** The viewport of the picture: the view's centre and scale, the picture's size. */
        MapViewport layer() {
            return MapViewport.at(view.centerX(), view.centerY(), view.scale(), width, height);
        }
    }

    private final ImageView node = new ImageView();
    private final Executor worker;
    private final Executor ui;
    private final Runnable onShown;
    private final Newest newest = new Newest();
    private final Queue<GroundRaster> free = new ConcurrentLinkedQueue<>();
    private Ground shown;
    private GroundRaster shownRaster;
    private GroundRaster retired;
    private Ground requested;
    private boolean closed;

    /**
     * @param worker  draws a picture (one at a time, off the UI thread)
     * @param ui      runs on the UI thread (hands a drawn picture over)
     * @param onShown told on the UI thread when a new picture is shown
     */
    GroundLayer(Executor worker, Executor ui, Runnable onShown) {
        this.worker = worker;
        this.ui = ui;
        this.onShown = onShown;
        node.setId("mapGround");
        node.setSmooth(true);
    }

    Node node() {
        return node;
    }

    /** What the picture shown shows, or null before the first one arrives. */
    Ground shown() {
        return shown;
    }

    /** What the picture being drawn will show, or null when none is. */
    Ground requested() {
        return requested;
    }

    /** The picture that will be shown once the work asked for is done: the one requested, else the one shown. */
    Ground target() {
        return requested != null ? requested : shown;
    }

    /** Has {@code g} drawn off the UI thread and shown when ready, unless it is already shown or being drawn. */
    void request(Ground g) {
        if (closed || g.equals(target())) {
            return;
        }
        requested = g;
        Newest.Ticket ticket = newest.next();
        worker.execute(() -> {
            if (!ticket.current()) {
                return; // a newer request is queued behind this one
            }
            GroundRaster r = take(g.pixelWidth(), g.pixelHeight());
            boolean drawn = false;
            try {
                r.draw(g.layer(), g.pixelScale(), g.outlines(), g.tinted(), g.palette());
                drawn = true;
            } finally {
                boolean ok = drawn;
                ui.execute(() -> arrived(ticket, g, ok ? r : null));
            }
        });
    }

    /** Forgets the picture being drawn: the one shown stays. */
    void cancel() {
        if (requested != null) {
            newest.cancel();
            requested = null;
        }
    }

    /** Stops drawing; nothing drawn from now on is shown. */
    void close() {
        closed = true;
        newest.cancel();
        requested = null;
    }

    private void arrived(Newest.Ticket ticket, Ground g, GroundRaster r) {
        if (closed || !ticket.current()) {
            if (r != null) {
                keep(r);
            }
            return;
        }
        requested = null;
        if (r == null) {
            return; // the drawing failed (its exception went to the thread's handler): the old picture stays
        }
        if (retired != null) {
            keep(retired);
        }
        retired = shownRaster;
        shownRaster = r;
        shown = g;
        node.setImage(r.shown());
        // laid out at the view's size; one to one (no fit: the picture's own size) unless the screen has a scale
        node.setFitWidth(g.pixelScale() == 1 ? 0 : g.width());
        node.setFitHeight(g.pixelScale() == 1 ? 0 : g.height());
        onShown.run();
    }

    /** Keeps a picture no longer shown for reuse: one at most (a big window's picture is large). */
    private void keep(GroundRaster r) {
        if (free.isEmpty()) {
            free.add(r);
        }
    }

    /** A free picture of the size, or a new one; any thread. */
    private GroundRaster take(int width, int height) {
        GroundRaster r;
        while ((r = free.poll()) != null) {
            if (r.width() == width && r.height() == height) {
                return r;
            }
        }
        return new GroundRaster(width, height);
    }
}
