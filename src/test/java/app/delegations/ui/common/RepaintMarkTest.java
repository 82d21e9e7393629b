package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The repaint mark is a point drawn as nothing that a touch marks changed in each of the next few frames (one
 * change a frame), then leaves alone; it is never laid out, clicked or focused.
 */
@ExtendWith(ApplicationExtension.class)
class RepaintMarkTest {
    private final RepaintMark mark = new RepaintMark();
    private final List<Double> widths = new ArrayList<>();

    @Start
    void start(Stage stage) {
        var window = new Pane(mark.node());
        stage.setScene(new Scene(window, 200, 100));
        stage.sizeToScene();
        stage.show();
        ((Region) mark.node()).widthProperty().addListener((o, a, b) -> widths.add(b.doubleValue()));
    }

    private void framesPass() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(mark::framesLeft).get() == 0);
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    @Test
    void aTouchMarksItChangedInEachOfTheNextFramesThenNoMore(FxRobot robot) throws TimeoutException {
        robot.interact(mark::touch);
        framesPass();
        assertEquals(RepaintMark.FRAMES, widths.size(), "one change a frame, then none: " + widths);
        for (int i = 1; i < widths.size(); i++) {
            assertTrue(widths.get(i) != widths.get(i - 1), "changed in each frame: " + widths);
        }
        robot.interact(() -> {
            mark.touch();
            mark.touch(); // touched twice before a frame: still one change a frame, for as many frames
        });
        framesPass();
        assertEquals(2 * RepaintMark.FRAMES, widths.size(), "" + widths);
    }

    @Test
    void itIsAPointThatTakesNoLayoutClickNorFocus(FxRobot robot) throws TimeoutException {
        robot.interact(mark::touch);
        framesPass();
        robot.interact(() -> {
            var n = mark.node();
            assertFalse(n.isManaged());
            assertTrue(n.isMouseTransparent());
            assertFalse(n.isFocusTraversable());
            assertTrue(mark.width() <= 2 && n.getLayoutBounds().getHeight() == 1, "" + n.getLayoutBounds());
            assertEquals(0, n.getLayoutX());
            assertEquals(0, n.getLayoutY());
        });
    }
}
