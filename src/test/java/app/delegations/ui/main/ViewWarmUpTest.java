package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The views made ahead are made only at rest, one step a frame: never while the user types or clicks in the
 * window (nor in the frames right after), never while data is on its way, and not at all once the window is gone.
 */
@ExtendWith(ApplicationExtension.class)
class ViewWarmUpTest {
    /** Frames run by hand: {@link #frame()} runs one step, as a pulse would. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final Pane window = new Pane();
    private int steps;
    private int left = 3;
    private boolean busy;
    private ViewWarmUp warmUp;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 200, 100));
        warmUp = new ViewWarmUp(() -> {
            steps++;
            return --left > 0;
        }, queued::add, window, () -> busy);
    }

    /** Runs the frame queued first; false when none is queued. */
    private boolean frame(FxRobot robot) {
        if (queued.isEmpty()) {
            return false;
        }
        robot.interact(() -> queued.removeFirst().run());
        return true;
    }

    private void frames(FxRobot robot, int n) {
        for (int i = 0; i < n; i++) {
            assertTrue(frame(robot), "a frame queued");
        }
    }

    @Test
    void aStepRunsOnlyAfterFramesAtRestThenOneAFrameUntilNoneIsLeft(FxRobot robot) {
        robot.interact(warmUp::start);
        frames(robot, ViewWarmUp.QUIET_FRAMES - 1);
        assertEquals(0, steps, "nothing in the first frames");
        frames(robot, 1);
        assertEquals(1, steps, "one step in a frame");
        frames(robot, 1);
        assertEquals(2, steps, "the next in the next frame");
        frames(robot, 1);
        assertEquals(3, steps);
        assertFalse(frame(robot), "none left: no frame asked for");
        assertFalse(warmUp.running());
    }

    @Test
    void aKeyPressedInTheWindowPutsTheNextStepOffUntilTheWindowIsAtRestAgain(FxRobot robot) {
        robot.interact(warmUp::start);
        frames(robot, ViewWarmUp.QUIET_FRAMES);
        assertEquals(1, steps);
        robot.interact(() -> Event.fireEvent(window, new KeyEvent(KeyEvent.KEY_PRESSED, "a", "a", KeyCode.A, false,
                false, false, false)));
        frames(robot, ViewWarmUp.QUIET_FRAMES);
        assertEquals(1, steps, "no step in the frames after the key");
        frames(robot, 1);
        assertEquals(2, steps, "then on");
    }

    @Test
    void whileDataIsOnItsWayNoStepRuns(FxRobot robot) {
        busy = true;
        robot.interact(warmUp::start);
        frames(robot, 3 * ViewWarmUp.QUIET_FRAMES);
        assertEquals(0, steps);
        busy = false;
        frames(robot, 1);
        assertEquals(1, steps);
    }

    @Test
    void stoppedNoStepRuns(FxRobot robot) {
        robot.interact(warmUp::start);
        frames(robot, ViewWarmUp.QUIET_FRAMES - 1);
        warmUp.stop();
        while (frame(robot)) {
            assertEquals(0, steps);
        }
        robot.interact(warmUp::start);
        assertFalse(frame(robot), "not started again");
    }
}
