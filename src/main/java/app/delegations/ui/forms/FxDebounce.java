package app.delegations.ui.forms;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debounce} on the FX thread: the task runs from the animation pulse after a pause without edits. */
final class FxDebounce implements Debounce {
    /** Long enough to skip the checks between keystrokes of a word, short enough to read as "as typed". */
    private static final Duration PAUSE = Duration.millis(250);

    private final PauseTransition pause = new PauseTransition(PAUSE);

    @Override
    public void restart(Runnable task) {
        pause.setOnFinished(e -> task.run());
        pause.playFromStart();
    }
}
