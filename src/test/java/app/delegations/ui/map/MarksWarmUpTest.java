package app.delegations.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static app.delegations.ui.OnFx.fx;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map readies the render thread for many labels out of sight: the labels the warm-up draws lie under the ground,
 * so the map looks exactly as without them, before, during and after; it draws only at rest with the ground drawn
 * for the view shown, and its canvas leaves the map once done.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class MarksWarmUpTest {
    /** The warm-up's steps, run by the test instead of the pulse. */
    private final List<BooleanSupplier> steps = new ArrayList<>();
    private MapViewModel vm;
    private MapCanvas map;

    @Start
    void start(Stage stage) {
        var filter = new FilterModel();
        vm = new MapViewModel(filter, new Selection());
        DatasetIndex index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        vm.setData(WorldOutlines.none(), MapPlace.build(index, Messages.of(UiLanguage.ENGLISH), Checkpoint.NONE));
        map = new MapCanvas(vm, steps::add);
        stage.setScene(new Scene(new StackPane(map), 700, 450));
        stage.sizeToScene();
        stage.show();
    }

    /** Waits until the map rests with its ground, drawn off the UI thread, shown. */
    private void drawn() {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() ->
                    !map.getPseudoClassStates().contains(PseudoClass.getPseudoClass("drawing"))
                            && !map.getPseudoClassStates().contains(PseudoClass.getPseudoClass("moving"))
                            && map.lookup("#mapGround") != null && !steps.isEmpty()));
        } catch (TimeoutException e) {
            throw new AssertionError("the map's ground was not drawn", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = r.getArgb(x, y);
            }
        }
        return argb;
    }

    private static long opaquePixels(Image image) {
        long n = 0;
        for (int p : pixels(image)) {
            n += (p >>> 24) != 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void theLabelsItDrawsLieUnderTheGroundTheMapLooksTheSameAndTheCanvasLeavesOnceDone(FxRobot robot) {
        drawn();
        MarksWarmUp warmUp = map.warmUp();
        Node canvas = warmUp.node();
        int[] before = fx(() -> pixels(map.snapshot(null, null)));
        assertTrue(fx(canvas::isVisible), "shown under the ground drawn for the view");

        assertTrue(fx(() -> steps.get(steps.size() - 1).getAsBoolean()), "more steps to come");
        assertEquals(MarksWarmUp.PER_STEP, warmUp.drawn());
        WritableImage labels = fx(() -> canvas.snapshot(null, null));
        assertTrue(opaquePixels(labels) > 500, "the warm-up drew its labels");
        assertArrayEquals(before, fx(() -> pixels(map.snapshot(null, null))), "the map as without them");

        BooleanSupplier step = steps.get(steps.size() - 1);
        int frames = 1;
        boolean more;
        do {
            more = fx(step::getAsBoolean);
            frames++;
        } while (more);
        assertEquals(MarksWarmUp.LABELS / MarksWarmUp.PER_STEP, frames, "at most PER_STEP labels a frame");
        assertTrue(warmUp.done());
        assertNull(fx(() -> map.lookup("#mapWarmUp")), "its canvas has left the map");
        assertArrayEquals(before, fx(() -> pixels(map.snapshot(null, null))), "the map as before");
        assertFalse(fx(step::getAsBoolean), "nothing more once done");
    }

    @Test
    void itWaitsWhileTheMapMovesAndHidesWhileTheGroundIsRedrawn(FxRobot robot) {
        drawn();
        MarksWarmUp warmUp = map.warmUp();
        BooleanSupplier step = steps.get(steps.size() - 1);
        assertFalse(fx(() -> {
            map.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false));
            return step.getAsBoolean(); // the pulse after the key: a pan in progress
        }), "no step while the map moves");
        assertEquals(0, warmUp.drawn());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> map.getPseudoClassStates().contains(PseudoClass.getPseudoClass("moving"))
                && warmUp.node().isVisible()), "hidden while the map moves");

        drawn(); // the motion has rested, the map drawn afresh: the warm-up goes on
        assertTrue(fx(() -> steps.get(steps.size() - 1).getAsBoolean()));
        assertEquals(MarksWarmUp.PER_STEP, warmUp.drawn());

        assertFalse(fx(() -> {
            vm.zoomIn(); // a new scale: a new ground, drawn off the UI thread; the one before shown scaled
            map.layout();
            return warmUp.node().isVisible();
        }), "hidden while the ground shown is not the view's own");
        drawn();
        assertTrue(fx(warmUp.node()::isVisible), "shown again under the new ground");
        assertNotNull(fx(() -> map.lookup("#mapWarmUp")));
    }

    private static void assertArrayEquals(int[] expected, int[] actual, String message) {
        assertEquals(expected.length, actual.length, message + ": the same size");
        int differ = 0;
        for (int i = 0; i < expected.length; i++) {
            differ += expected[i] != actual[i] ? 1 : 0;
        }
        assertEquals(0, differ, message + ": pixels that differ");
    }
}
