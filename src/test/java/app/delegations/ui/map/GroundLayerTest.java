package app.delegations.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.map.GroundLayer.Ground;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map's ground is drawn off the UI thread and shown once drawn, the newest request winning: the picture asked
 * for last is the one shown, an older one is neither drawn when a newer one is queued nor shown when it arrives
 * after a newer request, and the picture shown before stays until the new one arrives. Its pixels are those of
 * a fresh drawing of that view (the map's PNG draws its ground the same way).
 */
class GroundLayerTest {
    private static final WorldOutlines OUTLINES = WorldOutlines.bundled();

    /** The worker: tasks run when the test says, on a thread of their own; they record that thread's name. */
    private final Deque<Runnable> work = new ArrayDeque<>();
    private final List<String> drawnOn = new ArrayList<>();
    /** Work handed to the UI thread, run there when the test says. */
    private final Deque<Runnable> handedOver = new ArrayDeque<>();
    private int shownCalls;
    private GroundLayer layer;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private GroundLayer layer() throws Exception {
        layer = fx(() -> new GroundLayer(work::add, handedOver::add, () -> shownCalls++));
        return layer;
    }

    /** Runs the queued worker tasks on a thread that is not the UI thread. */
    private void runWorker() throws InterruptedException {
        var t = new Thread(() -> {
            while (!work.isEmpty()) {
                int before = handedOver.size();
                work.poll().run();
                if (handedOver.size() > before) {
                    drawnOn.add(Thread.currentThread().getName());
                }
            }
        }, "test-ground-worker");
        t.start();
        t.join();
    }

    /** Runs what the worker handed over, on the UI thread. */
    private void runHandedOver() throws Exception {
        fx(() -> {
            while (!handedOver.isEmpty()) {
                handedOver.poll().run();
            }
            return null;
        });
    }

    private static Ground ground(double centerX, double centerY, double scale, MapPalette palette) {
        return ground(centerX, centerY, scale, palette, 1);
    }

    private static Ground ground(double centerX, double centerY, double scale, MapPalette palette, double pixels) {
        MapViewport v = MapViewport.at(centerX, centerY, scale, 300, 200);
        return MapLayers.ground(v, OUTLINES, Set.of("PL", "SK"), palette, pixels);
    }

    private static Ground europe() {
        return ground(Mercator.x(19), Mercator.y(50), 256 * 16, MapPalette.LIGHT);
    }

    private static Ground europeEast() {
        return ground(Mercator.x(24), Mercator.y(50), 256 * 16, MapPalette.LIGHT);
    }

    private Image shownImage() throws Exception {
        return fx(() -> ((ImageView) layer.node()).getImage());
    }

    @Test
    void theGroundIsDrawnOffTheUiThreadAndShownOnlyOnceDrawn() throws Exception {
        GroundLayer l = layer();
        Ground g = europe();
        fx(() -> {
            l.request(g);
            return null;
        });
        assertNull(shownImage(), "nothing drawn on the UI thread");
        assertEquals(g, fx(l::requested));

        runWorker();
        assertEquals(List.of("test-ground-worker"), drawnOn, "drawn on the worker");
        assertNull(shownImage(), "not shown before the UI thread takes it");

        runHandedOver();
        assertEquals(g, fx(l::shown));
        assertNull(fx(l::requested));
        assertEquals(1, shownCalls, "the map is told to place it");
        Image shown = shownImage();
        assertEquals(g.width(), (int) shown.getWidth());
        assertEquals(g.height(), (int) shown.getHeight());
        assertSamePixels(fresh(g), shown);
    }

    @Test
    void aNewerRequestWinsOverAnOlderOneQueuedBeforeIt() throws Exception {
        GroundLayer l = layer();
        fx(() -> {
            l.request(europe());
            l.request(europeEast());
            return null;
        });
        runWorker();
        assertEquals(1, drawnOn.size(), "the older request, overtaken before it started, is never drawn");
        runHandedOver();
        assertEquals(europeEast(), fx(l::shown));
        assertSamePixels(fresh(europeEast()), shownImage());
    }

    @Test
    void aPictureThatArrivesAfterANewerRequestIsNotShownAndTheOneShownStays() throws Exception {
        GroundLayer l = layer();
        Ground first = europe();
        fx(() -> {
            l.request(first);
            return null;
        });
        runWorker();
        runHandedOver();
        Image firstImage = shownImage();

        Ground dark = ground(Mercator.x(19), Mercator.y(50), 256 * 16, MapPalette.DARK);
        fx(() -> {
            l.request(europeEast());
            return null;
        });
        runWorker(); // drawn, not yet handed over...
        fx(() -> {
            l.request(dark); // ...when a newer request comes
            return null;
        });
        runHandedOver();
        assertEquals(first, fx(l::shown), "the overtaken picture is not shown: the one before stays");
        assertSame(firstImage, shownImage());
        assertEquals(dark, fx(l::requested));

        runWorker();
        runHandedOver();
        assertEquals(dark, fx(l::shown));
        assertSamePixels(fresh(dark), shownImage());
        assertNotEquals(fresh(first).getPixelReader().getArgb(2, 2), shownImage().getPixelReader().getArgb(2, 2),
                "the dark sea");
    }

    @Test
    void theSamePictureAskedForAgainIsNotDrawnAgainAndACancelledOneIsNotShown() throws Exception {
        GroundLayer l = layer();
        fx(() -> {
            l.request(europe());
            return null;
        });
        runWorker();
        runHandedOver();
        fx(() -> {
            l.request(europe());
            return null;
        });
        assertTrue(work.isEmpty(), "the picture shown is not drawn again");
        fx(() -> {
            l.request(europeEast());
            l.cancel();
            return null;
        });
        assertNull(fx(l::requested));
        runWorker();
        runHandedOver();
        assertEquals(europe(), fx(l::shown));
        assertFalse(drawnOn.size() > 1, "a cancelled picture not started is not drawn");
    }

    @Test
    void onAScreenOfDoubleDensityTheGroundHasTwiceThePixelsAndTheViewsSize() throws Exception {
        GroundLayer l = layer();
        Ground sharp = ground(Mercator.x(19), Mercator.y(50), 256 * 16, MapPalette.LIGHT, 2);
        fx(() -> {
            l.request(sharp);
            return null;
        });
        runWorker();
        runHandedOver();
        Image shown = shownImage();
        assertEquals(2 * sharp.width(), (int) shown.getWidth(), "a pixel of the screen for each of the picture's");
        assertEquals(2 * sharp.height(), (int) shown.getHeight());
        ImageView node = (ImageView) layer.node();
        assertEquals(sharp.width(), fx(node::getFitWidth), 0, "laid out at the view's size");
        assertEquals(sharp.height(), fx(node::getFitHeight), 0);
        assertSamePixels(fresh(sharp), shown);
    }

    /** A fresh drawing of {@code g}, as the map's PNG draws its ground. */
    private static Image fresh(Ground g) throws Exception {
        return fx(() -> {
            var r = new GroundRaster(g.pixelWidth(), g.pixelHeight());
            r.draw(g.layer(), g.pixelScale(), g.outlines(), g.tinted(), g.palette());
            return r.shown();
        });
    }

    private static void assertSamePixels(Image expected, Image actual) {
        assertNotNull(actual);
        PixelReader e = expected.getPixelReader();
        PixelReader a = actual.getPixelReader();
        var colours = new HashSet<Integer>();
        for (int y = 0; y < (int) expected.getHeight(); y++) {
            for (int x = 0; x < (int) expected.getWidth(); x++) {
                assertEquals(e.getArgb(x, y), a.getArgb(x, y), "pixel " + x + "," + y);
                colours.add(a.getArgb(x, y));
            }
        }
        assertTrue(colours.size() > 3, "sea, land, tinted land and borders are drawn");
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return call.call();
        }
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
