package app.delegations.ui.common;

/**
 * Spreads UI-thread work over frames: each step given to {@link #later} runs on the JavaFX thread in a frame of
 * its own, after the frames of the steps given before it, so that the styling, layout and drawing a step causes
 * happen before the next step starts and no single frame holds the window for long.
 */
@FunctionalInterface
public interface Frames {
    /** Runs {@code step} in a later frame, after every step given before it. */
    void later(Runnable step);

    /** Runs each step at once, on the calling thread (view-model tests, no toolkit). */
    static Frames immediate() {
        return Runnable::run;
    }
}
