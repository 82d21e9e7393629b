package app.delegations.ui.main;

import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.OutOfSight;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.ViewFeature;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * Shows the window in another language without a long frame ({@link MainViewModel.WindowLanguage}): the window in
 * the new language is made and readied out of sight, under the one shown, one step a frame, then shown in its place
 * in a frame of its own (made, styled, laid out and given a screenful of rows all in one frame, a large file's
 * window made that frame long: {@code src/bench/README.md}).
 *
 * <p>The steps, each in a frame of its own: the window shown is disposed (its views' listeners removed: each
 * feature has one view at a time; it goes on showing what it showed, and takes no click or key meanwhile) and the
 * new one made with the same view in front (the only view in its tab; the others are readied later, at rest, as
 * after opening a file: {@link ViewWarmUp}), hidden and kept out of the render thread's work ({@link OutOfSight}),
 * its table of rows 0 px high, and taken apart ({@link MainWindow#takenApart}); its parts are put back one a frame
 * (each styled and laid out in the next frame); then its table grows by {@link Pace#TABLE_ROWS_PER_FRAME} rows a
 * frame up to its full height; then it takes the old one's place and {@code shown} runs. Each step marks the
 * window shown changed at one point only ({@link MainWindow#markRepaint}): the frames that style the window readied
 * are not drawn whole. A newer switch abandons the window being readied (disposed, removed) and starts again from
 * the window shown; an abandoned switch's {@code shown} never runs.
 */
public final class WindowSwap {
    private final List<Node> layers;
    private final Frames frames;
    private final BiFunction<Messages, ViewFeature, MainWindow> make;
    private final Consumer<MainWindow> swapped;
    private final Newest builds = new Newest();
    private MainWindow window;
    /** True once the window shown was disposed for a window being readied. */
    private boolean disposed;
    private MainWindow next;

    /**
     * @param window  the window shown, one of {@code layers}
     * @param layers  the children of the window's parent: the window readied goes under the one shown
     * @param make    makes a window in a language with a view in front, not yet in a scene
     * @param swapped told of each window once it is shown in place of the other (before {@code shown} runs)
     */
    public WindowSwap(MainWindow window, List<Node> layers, Frames frames,
                      BiFunction<Messages, ViewFeature, MainWindow> make, Consumer<MainWindow> swapped) {
        this.window = window;
        this.layers = layers;
        this.frames = frames;
        this.make = make;
        this.swapped = swapped;
    }

    /** Readies the window in {@code m}, shows it in place of the one shown, then runs {@code shown}. */
    public void show(Messages m, Runnable shown) {
        Newest.Ticket build = builds.next();
        abandon();
        frames.later(() -> {
            if (build.current()) {
                start(build, m, shown);
            }
        });
    }

    /** Whether a window is being readied (tests). */
    boolean readying() {
        return next != null;
    }

    private void start(Newest.Ticket build, Messages m, Runnable shown) {
        ViewFeature front = window.selectedView();
        if (!disposed) {
            disposed = true;
            window.dispose();
            window.setMouseTransparent(true); // no style changes: a click goes to no one
            window.addEventFilter(KeyEvent.ANY, Event::consume);
        }
        next = make.apply(m, front);
        Growth table = Growth.hold(next);
        Deque<Runnable> parts = new ArrayDeque<>(next.takenApart());
        next.setVisible(false);
        OutOfSight.keep(next); // hidden alone, each part put back would mark its area changed: drawn again
        layers.add(layers.indexOf(window), next);
        put(build, parts, table, shown);
    }

    /** Puts back one part of the window readied a frame, then grows its table. */
    private void put(Newest.Ticket build, Deque<Runnable> parts, Growth table, Runnable shown) {
        parts.remove().run();
        window.markRepaint(); // the window shown is drawn again only where it changes, not whole
        frames.later(() -> {
            if (!build.current()) {
                return;
            }
            if (parts.isEmpty()) {
                grow(build, table, shown);
            } else {
                put(build, parts, table, shown);
            }
        });
    }

    /** One step of the shown table's growth a frame; once at its full height, the swap in the next frame. */
    private void grow(Newest.Ticket build, Growth table, Runnable shown) {
        if (!build.current()) {
            return;
        }
        window.markRepaint();
        if (table != null && table.grow(next.tabs().getHeight())) {
            frames.later(() -> grow(build, table, shown));
        } else {
            frames.later(() -> swap(build, shown));
        }
    }

    private void swap(Newest.Ticket build, Runnable shown) {
        if (!build.current()) {
            return;
        }
        MainWindow old = window;
        window = next;
        next = null;
        disposed = false;
        OutOfSight.release(window);
        window.setVisible(true);
        layers.remove(old);
        window.takeShortcuts(); // the old menu bar took them with it
        swapped.accept(window);
        shown.run();
    }

    private void abandon() {
        if (next != null) {
            next.dispose();
            layers.remove(next);
            next = null;
        }
    }

    /** The table of the view in front, held lower than its tab while readied: its maximum height before, and now. */
    private static final class Growth {
        private final Region table;
        private final double maxHeight;
        private double shown;

        private Growth(Region table) {
            this.table = table;
            this.maxHeight = table.getMaxHeight();
            table.setMaxHeight(0);
        }

        static Growth hold(MainWindow window) {
            Tab tab = window.tabs().getSelectionModel().getSelectedItem();
            return tab == null ? null : DataTable.in(tab.getContent()).map(t -> new Growth(t.view())).orElse(null);
        }

        /** Grows by a few rows, or to its full height once they reach {@code full}: false once it is there. */
        boolean grow(double full) {
            shown += Pace.TABLE_ROWS_PER_FRAME * DataTable.ROW_HEIGHT;
            if (shown >= full) {
                table.setMaxHeight(maxHeight);
                return false;
            }
            table.setMaxHeight(shown);
            return true;
        }
    }
}
