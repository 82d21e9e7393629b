package app.delegations.ui.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * How the views follow the filter's outputs while the user types on large data: a result the search found off the
 * UI thread ({@link SearchAhead}) is applied at once only by the views on screen; a view out of sight (another tab,
 * never in the window) is left <em>behind</em>, so that the frame that publishes a result does not filter, style
 * and lay out the tables nobody sees. A view left behind catches up in the first frame in which it is on screen
 * (before that frame's layout: its tab shown, its rows are the filter's), or, once typing has rested for
 * {@link #QUIET_NANOS} with no search under way, by itself, one view a frame. Every other change of the filter (a
 * facet, the dates, new data, the search of small data) is applied by every view at once, as before; so is every
 * change for a view that no window showed yet (no {@link Follower#shownOn node}): it counts as on screen.
 * Used on the UI thread.
 */
public final class Following {
    /** How long typing rests (no result published, no search under way) before the views behind catch up. */
    static final long QUIET_NANOS = 250_000_000L;

    private final List<Follower> followers = new ArrayList<>();
    /** The scenes whose pulses catch the views up. */
    private final Map<Scene, Boolean> scenes = new WeakHashMap<>();
    private final BooleanSupplier searchPending;
    private final LongSupplier clock;
    /** True while a result found off the UI thread is published. */
    private boolean typed;
    /** When a result was last typed or published ({@link #clock}). */
    private long lastTyped;

    /**
     * @param searchPending whether a search is under way off the UI thread
     * @param clock         nanoseconds ({@code System::nanoTime})
     */
    Following(BooleanSupplier searchPending, LongSupplier clock) {
        this.searchPending = searchPending;
        this.clock = clock;
        this.lastTyped = clock.getAsLong() - QUIET_NANOS;
    }

    /**
     * A view's following of {@code output}: {@code apply} runs (on the UI thread) whenever it changes, except that
     * while a typed result is published a view out of sight is left behind and applies it later (see above).
     */
    Follower follow(ObservableValue<?> output, Runnable apply) {
        var f = new Follower(apply);
        followers.add(f);
        output.addListener((o, a, b) -> f.changed());
        return f;
    }

    /** A key was typed: the views behind wait until typing rests. */
    void typing() {
        lastTyped = clock.getAsLong();
    }

    /** Publishes a result found off the UI thread: the views out of sight are left behind meanwhile. */
    void publishTyped(Runnable publish) {
        typed = true;
        lastTyped = clock.getAsLong();
        try {
            publish.run();
        } finally {
            typed = false;
        }
    }

    /** Every view behind applies the filter's latest outputs now, on screen or not. */
    void catchUpAll() {
        for (Follower f : List.copyOf(followers)) {
            if (f.behind) {
                f.apply();
            }
        }
    }

    /** True when some view is behind the filter's outputs. */
    public boolean anyBehind() {
        return followers.stream().anyMatch(Follower::behind);
    }

    /**
     * Catches up the views behind: each one on screen, and, once typing rests, one more (the first behind);
     * returns true while some view is still behind. Called before every frame's layout of a window that shows a
     * view.
     */
    boolean catchUp() {
        boolean quiet = !searchPending.getAsBoolean() && clock.getAsLong() - lastTyped >= QUIET_NANOS;
        boolean left = false;
        for (Follower f : List.copyOf(followers)) {
            if (!f.behind) {
                continue;
            }
            if (f.onScreen() || quiet) {
                quiet &= f.onScreen(); // one out of sight a frame
                f.apply();
            } else {
                left = true;
            }
        }
        return left;
    }

    /** Catches the views up before each frame's layout of {@code scene} (once per scene). */
    private void watch(Scene scene) {
        if (scene == null || scenes.containsKey(scene)) {
            return;
        }
        scenes.put(scene, Boolean.TRUE);
        scene.addPreLayoutPulseListener(() -> {
            if (catchUp()) {
                Platform.requestNextPulse(); // until the views behind have caught up
            }
        });
    }

    /** Whether {@code node} is in a window and neither it nor a parent is hidden (a tab not selected hides its content). */
    static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** One view's following of the filter. */
    public final class Follower {
        private final Runnable apply;
        /** The view's node; null while no window showed the view (it then counts as on screen). */
        private Node view;
        private boolean behind;

        private Follower(Runnable apply) {
            this.apply = apply;
        }

        /**
         * Says where the view is shown: while {@code node} is out of sight, typed results leave the view behind
         * (caught up as said above). A view made anew (another language) calls it again with its new node.
         */
        public void shownOn(Node node) {
            view = node;
            watch(node.getScene());
            node.sceneProperty().addListener((o, a, b) -> watch(b));
        }

        /** True while the view has not applied the filter's latest outputs. */
        public boolean behind() {
            return behind;
        }

        private boolean onScreen() {
            return view == null || Following.onScreen(view);
        }

        private void changed() {
            if (typed && !onScreen()) {
                behind = true;
                if (Platform.isFxApplicationThread()) {
                    Platform.requestNextPulse();
                }
            } else {
                apply();
            }
        }

        private void apply() {
            behind = false;
            apply.run();
        }
    }
}
