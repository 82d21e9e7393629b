package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Large data arriving in a running window is shown in steps, one per frame: each step's own work and the
 * styling and layout it causes must land in different frames (together they held one frame for 50–77 ms at
 * 100,000 records), and the steps must run in order, each after the layout of the one before.
 */
@ExtendWith(ApplicationExtension.class)
class PulseFramesTest {
    /** Counts pulses: incremented at the start of each one (registered before any step's timer). */
    private int pulse;
    private final AnimationTimer counter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse++;
        }
    };
    /** The pulse in which the probe was last laid out. */
    private int laidOutIn = -1;
    private final Pane probe = new Pane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            laidOutIn = pulse;
        }
    };

    @Start
    void start(Stage stage) {
        counter.start();
        stage.setScene(new Scene(probe, 200, 100));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    @AfterEach
    void stopCounting(FxRobot robot) {
        robot.interact(counter::stop);
    }

    @Test
    void aStepIsLaidOutInTheFrameAfterItsOwnWork(FxRobot robot) throws InterruptedException {
        var frames = new PulseFrames();
        var ranIn = new ArrayList<Integer>();
        var layoutBeforeStep = new ArrayList<Integer>();
        var done = new CountDownLatch(1);
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                boolean last = i == 2;
                frames.later(() -> {
                    layoutBeforeStep.add(laidOutIn);
                    ranIn.add(pulse);
                    probe.requestLayout(); // what a step changes needs a layout pass
                    if (last) {
                        done.countDown();
                    }
                });
            }
        });
        assertTrue(done.await(10, TimeUnit.SECONDS), "the steps ran");
        assertEquals(3, ranIn.size());
        for (int i = 1; i < ranIn.size(); i++) {
            assertTrue(ranIn.get(i) > ranIn.get(i - 1), "one step per frame: " + ranIn);
            assertTrue(layoutBeforeStep.get(i) > ranIn.get(i - 1),
                    "step " + i + " runs after the layout of step " + (i - 1) + " was done in a later frame "
                            + "than that step's own work: steps in " + ranIn + ", layouts seen " + layoutBeforeStep);
        }
    }

    @Test
    void stepsGivenWhileRunningComeInOrder(FxRobot robot) throws InterruptedException {
        var frames = new PulseFrames();
        var order = new ArrayList<String>();
        var done = new CountDownLatch(1);
        robot.interact(() -> {
            frames.later(() -> {
                order.add("first");
                frames.later(() -> { // given while "second" waits: comes after it
                    order.add("third");
                    done.countDown();
                });
            });
            frames.later(() -> order.add("second"));
        });
        assertTrue(done.await(10, TimeUnit.SECONDS), "the steps ran");
        assertEquals(List.of("first", "second", "third"), order);
    }
}
