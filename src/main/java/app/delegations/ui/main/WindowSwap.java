package app.delegations.ui.main;

import app.delegations.ui.common.DataTable;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Newest;
import app.delegations.ui.common.OutOfSight;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.RevealList;
import app.delegations.ui.common.ViewFeature;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * Shows the window in another language without a long frame ({@link MainViewModel.WindowLanguage}) and without a
 * frame that mixes two languages: the window in the new language is made and readied out of sight, under a picture
 * of the one shown, one step a frame, given the rows in the new language, then shown in its place in a frame of its
 * own (made, styled, laid out and given a screenful of rows all in one frame, a large file's window made that frame
 * long: {@code src/bench/README.md}), with the keyboard where it was.
 *
 * <p>The steps, each in a frame of its own: the window shown is disposed (its views' listeners removed: each
 * feature has one view at a time) and replaced by a picture of it ({@link WindowPicture}, which holds the keyboard
 * and takes no key or click), and the new one made with the same view in front (the only view in its tab; the
 * others are readied later, at rest, as after opening a file: {@link ViewWarmUp}), hidden and kept out of the render
 * thread's work ({@link OutOfSight}), its table of rows 0 px high, and taken apart ({@link MainWindow#takenApart});
 * its parts are put back one a frame (each styled and laid out in the next frame); then its table grows by
 * {@link Pace#TABLE_ROWS_PER_FRAME} rows a frame up to its full height; then {@code handOver} runs (the rows in the
 * new language are given to the view models, which the window shown shared: hence the picture) and, in the first
 * frame after it in which {@code rowsReady} says the views have them (and its table shows a screenful of them,
 * {@link app.delegations.ui.common.GradualFill}), the new window takes the picture's place, the
 * keyboard goes to the same field or view as before ({@link FocusPlace}) and {@code shown} runs. Each step marks the
 * picture changed at one point only: the frames that style the window readied are not drawn whole. A newer switch
 * abandons the window being readied (disposed, removed) and starts again, the picture staying; an abandoned
 * switch's {@code shown} never runs (its {@code handOver} may have).
 */
public final class WindowSwap {
    private final List<Node> layers;
    private final Frames frames;
    private final BiFunction<Messages, ViewFeature, MainWindow> make;
    private final Consumer<MainWindow> swapped;
    private final BooleanSupplier rowsReady;
    private final Newest builds = new Newest();
    private MainWindow window;
    /** Shown in place of the window shown once it was disposed for a window being readied, until the swap. */
    private WindowPicture picture;
    /** Where the keyboard was in the window shown, when it was disposed. */
    private FocusPlace focus;
    private MainWindow next;

    /**
     * @param window  the window shown, one of {@code layers}
     * @param layers  the children of the window's parent: the window readied goes under the one shown
     * @param make    makes a window in a language with a view in front, not yet in a scene
     * @param swapped told of each window once it is shown in place of the other (before {@code shown} runs)
     * @param rowsReady whether the views have the rows last handed over (the data shown is not being applied)
     */
    public WindowSwap(MainWindow window, List<Node> layers, Frames frames,
                      BiFunction<Messages, ViewFeature, MainWindow> make, Consumer<MainWindow> swapped,
                      BooleanSupplier rowsReady) {
        this.window = window;
        this.layers = layers;
        this.frames = frames;
        this.make = make;
        this.swapped = swapped;
        this.rowsReady = rowsReady;
    }

    /**
     * Readies the window in {@code m}, runs {@code handOver} (the rows in {@code m} given to the views), shows the
     * window in place of the one shown once the views have them, then runs {@code shown}.
     */
    public void show(Messages m, Runnable handOver, Runnable shown) {
        Newest.Ticket build = builds.next();
        abandon();
        frames.later(() -> {
            if (build.current()) {
                start(build, m, new Steps(handOver, shown));
            }
        });
    }

    /** What runs once the window is readied, and once it is shown. */
    private record Steps(Runnable handOver, Runnable shown) {
    }

    /** Whether a window is being readied (tests). */
    boolean readying() {
        return next != null;
    }

    private void start(Newest.Ticket build, Messages m, Steps steps) {
        ViewFeature front = window.selectedView();
        if (picture == null) {
            focus = FocusPlace.in(window);
            picture = WindowPicture.of(window); // before the view models change: as the window was drawn
            window.dispose();
            layers.set(layers.indexOf(window), picture);
            picture.holdKeys();
        }
        next = make.apply(m, front);
        Growth table = Growth.hold(next);
        Deque<Runnable> parts = new ArrayDeque<>(next.takenApart());
        next.setVisible(false);
        OutOfSight.keep(next); // hidden alone, each part put back would mark its area changed: drawn again
        layers.add(layers.indexOf(picture), next);
        put(build, parts, table, steps);
    }

    /** Puts back one part of the window readied a frame, then grows its table. */
    private void put(Newest.Ticket build, Deque<Runnable> parts, Growth table, Steps shown) {
        parts.remove().run();
        picture.markRepaint(); // the picture is drawn again only where it changes, not whole
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
    private void grow(Newest.Ticket build, Growth table, Steps steps) {
        if (!build.current()) {
            return;
        }
        picture.markRepaint();
        if (table != null && table.grow(next.tabs().getHeight())) {
            frames.later(() -> grow(build, table, steps));
        } else {
            steps.handOver().run(); // the view models may now change: the picture shows what the window showed
            frames.later(() -> swap(build, table, steps.shown()));
        }
    }

    /** Shows the window readied in the picture's place, once the views have the rows handed over. */
    private void swap(Newest.Ticket build, Growth table, Runnable shown) {
        if (!build.current()) {
            return;
        }
        if (!rowsReady.getAsBoolean() || table != null && table.revealing()) {
            picture.markRepaint(); // the hidden window takes the rows meanwhile, its table a screenful of them
            frames.later(() -> swap(build, table, shown));
            return;
        }
        window = next;
        next = null;
        OutOfSight.release(window);
        window.setVisible(true);
        if (focus == null || !focus.focusIn(window)) {
            focusFront(window); // never where the scene would put it: its first field (the filter's date range)
        }
        layers.remove(picture);
        picture = null;
        focus = null;
        window.takeShortcuts(); // the old menu bar took them with it
        swapped.accept(window);
        shown.run();
    }

    /** The keyboard to the table of the view in front, or to the views. */
    private static void focusFront(MainWindow window) {
        Tab tab = window.tabs().getSelectionModel().getSelectedItem();
        DataTable.in(tab == null ? null : tab.getContent()).<Node>map(DataTable::view).orElse(window.tabs())
                .requestFocus();
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

        /** Whether the table is still given its rows a few a frame ({@link app.delegations.ui.common.GradualFill}): not yet a screenful. */
        boolean revealing() {
            return table instanceof TableView<?> t && t.getItems() instanceof RevealList<?> r && r.limited();
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
