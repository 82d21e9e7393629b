package app.delegations.ui;

import java.util.ArrayList;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * The empty window a test of a dialog or preview opens it over (its owner): the stage TestFX shares, given an empty
 * 400 × 300 scene, and after the test every other window hidden, so that none is left open over the next test's.
 */
public final class OwnerStage {
    private OwnerStage() {
    }

    /** Shows {@code stage} (from a {@code @Start}) as an empty 400 × 300 window and returns it. */
    public static Stage show(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        return stage;
    }

    /** Hides every window but {@code owner} (from an {@code @AfterEach}): the dialogs and previews a test left open. */
    public static void closeOthers(FxRobot robot, Stage owner) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
    }
}
