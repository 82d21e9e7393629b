package app.delegations.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;

/**
 * {@link Frames} on the JavaFX pulse: one step per pulse, run at the start of the pulse (as animations are), so
 * that the CSS and layout passes and the drawing of that same pulse take in what the step changed, and the next
 * step waits for the next pulse. The timer runs only while steps are waiting.
 */
public final class PulseFrames implements Frames {
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private boolean running;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Runnable step = steps.poll();
            if (steps.isEmpty()) {
                stop();
                running = false;
            }
            if (step != null) {
                step.run();
            }
        }
    };

    /** Call on the JavaFX thread. */
    @Override
    public void later(Runnable step) {
        steps.add(step);
        if (!running) {
            running = true;
            timer.start();
        }
    }
}
