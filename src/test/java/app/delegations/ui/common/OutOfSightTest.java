package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A node kept out of sight lies outside its window for the render thread (its bounds in its parent reach no pixel
 * of the window), is laid out as before, and is drawn again once released.
 */
@ExtendWith(ApplicationExtension.class)
class OutOfSightTest {
    private final Pane window = new Pane();
    private final Region part = new Region();

    @Start
    void start(Stage stage) {
        part.resizeRelocate(10, 10, 100, 50);
        window.getChildren().add(part);
        stage.setScene(new Scene(window, 200, 100));
    }

    private static boolean reachesTheWindow(Node n) {
        return n.getBoundsInParent().intersects(new BoundingBox(0, 0, 200, 100));
    }

    @Test
    void keptItReachesNoPixelOfTheWindowAndIsLaidOutAsBefore(FxRobot robot) {
        robot.interact(() -> OutOfSight.keep(part));
        robot.interact(() -> {
            assertTrue(OutOfSight.kept(part));
            assertFalse(reachesTheWindow(part), "bounds in the window: " + part.getBoundsInParent());
            Bounds layout = part.getLayoutBounds();
            assertEquals(100, layout.getWidth());
            assertEquals(50, layout.getHeight());
            assertEquals(10, part.getLayoutX());
        });
    }

    @Test
    void releasedItIsDrawnWhereItIsLaidOut(FxRobot robot) {
        robot.interact(() -> {
            OutOfSight.keep(part);
            OutOfSight.release(part);
            assertFalse(OutOfSight.kept(part));
            assertNull(part.getClip());
            assertEquals(new BoundingBox(10, 10, 100, 50), part.getBoundsInParent());
        });
    }

    @Test
    void keptTwiceItIsReleasedOnceAndANodesOwnClipIsLeftAlone(FxRobot robot) {
        robot.interact(() -> {
            OutOfSight.keep(part);
            Node clip = part.getClip();
            OutOfSight.keep(part);
            assertSame(clip, part.getClip(), "kept once");
            OutOfSight.release(part);
            assertTrue(reachesTheWindow(part));

            var own = new Rectangle(0, 0, 20, 20);
            part.setClip(own);
            assertFalse(OutOfSight.kept(part));
            OutOfSight.release(part);
            assertSame(own, part.getClip());
            OutOfSight.release(null); // a tab without content: nothing
        });
    }
}
