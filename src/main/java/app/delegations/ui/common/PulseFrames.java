package app.delegations.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * {@link Frames} on the JavaFX pulse: one step per pulse, run right after the pulse that takes it (after that
 * pulse's CSS and layout passes and its hand-over to the renderer), so that what the step changes is styled and
 * laid out by the next pulse, before the next step runs. A step's own work and the styling and layout it causes
 * thus fall in two frames, not one, and run after the pulse a step makes shorter frames than run inside it (as
 * animations are); the figures are in {@code src/bench/README.md}. The timer runs only while steps are waiting.
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
                Platform.runLater(step);
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
