package app.delegations.ui.main;

import app.delegations.ui.common.Frames;
import java.util.function.BooleanSupplier;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Readies the table views never shown before their first showing, at rest, one step a frame
 * ({@link ViewTabs#warmNext}: a view made in one frame, put in its tab, out of sight, in the next, where the window
 * styles it and lays it out, then its table's cells a few rows a frame). The first showing of its tab then only
 * shows what is ready, instead of making, styling and laying out a whole view in the frame of the click.
 *
 * <p>Guarantees: a step runs only at rest: no key, click, scroll or drag in the window for {@link #QUIET_FRAMES}
 * frames, no data on its way ({@code busy}), the window in a scene; else it waits a frame and asks again. Each
 * frame holds at most one step. Nothing shown changes: a view put in its tab stays out of sight until its tab is
 * chosen. {@link #stop} ends it for good (the window disposed).
 */
final class ViewWarmUp {
    /** Frames without user input before a step runs. */
    static final int QUIET_FRAMES = 10;
    private static final EventType<?>[] INPUT = {KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_DRAGGED, ScrollEvent.SCROLL};

    private final BooleanSupplier next;
    private final Node window;
    private final Frames frames;
    private final BooleanSupplier busy;
    private boolean running;
    private boolean stopped;
    private boolean input;
    private int quiet;

    /**
     * @param next   does the next step, false when there was none left ({@link ViewTabs#warmNext})
     * @param frames runs each step in a frame of its own
     * @param window the window whose input makes the warm-up wait; it waits too while not in a scene
     * @param busy   true while data is on its way to the views (loading, applying)
     */
    ViewWarmUp(BooleanSupplier next, Frames frames, Node window, BooleanSupplier busy) {
        this.next = next;
        this.window = window;
        this.frames = frames;
        this.busy = busy;
        for (EventType<?> type : INPUT) {
            window.addEventFilter(type, this::heard);
        }
    }

    private void heard(Event e) {
        input = true;
    }

    /** Starts (or goes on with) readying the views never shown; nothing when every one is ready. */
    void start() {
        if (!running && !stopped) {
            running = true;
            frames.later(this::step);
        }
    }

    /** Whether a step is waiting for a frame. */
    boolean running() {
        return running;
    }

    /** Ends the warm-up for good: no further step runs. */
    void stop() {
        stopped = true;
    }

    private void step() {
        if (stopped) {
            running = false;
            return;
        }
        if (input) {
            input = false;
            quiet = 0;
        } else {
            quiet++;
        }
        if (quiet < QUIET_FRAMES || busy.getAsBoolean() || window.getScene() == null) {
            frames.later(this::step);
            return;
        }
        if (next.getAsBoolean()) {
            frames.later(this::step);
        } else {
            running = false;
        }
    }
}
