package app.delegations.ui.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The map's drawing surface {@code #map}: a drag pans, the wheel zooms around the mouse, a click on a marker
 * selects its place (on a cluster zooms in), a double click on the map zooms in there; the keys are
 * {@link MapKeys}'. It repaints at most once a pulse after the view model changes. While a pan or a zoom is in
 * progress (a drag, the wheel, the arrow and zoom keys) it moves the pictures drawn ({@link MapLayers}) instead of
 * drawing them again; the markers and labels are laid out and drawn afresh when the mouse is released, when the
 * motion has rested {@link #SETTLE}, and before a press; the outlines only when the view has left their margin,
 * changed its scale or moved by a part of a pixel. A change of the markers alone (a selection, a filter) redraws
 * only them. The ground is drawn off the UI thread ({@link GroundLayer}): the one drawn before stays, moved and
 * scaled, until it is ready. While a motion is in progress the map has the pseudo-class {@code :moving}, while a
 * ground is being drawn {@code :drawing}. Under the ground, out of sight, {@link MarksWarmUp} readies the
 * render thread for many labels at rest after the map is first shown.
 *
 * Past 250 lines because the input handling, the layout that decides what is drawn afresh and the warm-up's
 * cover (set in that same layout pass) read and write the same motion state; split, they would share it by setters.
 */
final class MapCanvas extends Region {
    /** A press that moves less than this (pixels) before its release is a click, not a drag. */
    private static final double CLICK_TOLERANCE = 4;
    /** After a pan's or a zoom's last step, the map is laid out and drawn afresh once it has rested this long. */
    static final Duration SETTLE = Duration.millis(150);
    private static final PseudoClass MOVING = PseudoClass.getPseudoClass("moving");
    private static final PseudoClass DRAWING = PseudoClass.getPseudoClass("drawing");

    private final MapViewModel vm;
    private final MapPainter painter = new MapPainter(Font.font(12));
    private final ThreadPoolExecutor groundWorker = groundWorker();
    private final MapLayers layers = new MapLayers(groundWorker, Platform::runLater, this::requestLayout);
    private final Rectangle clip = new Rectangle();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private final double textHeight;
    private final InvalidationListener onChange = o -> requestLayout();
    private MapPalette palette = MapPalette.LIGHT;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    /** The revision the last step of a pan or zoom in progress made, or -1 when none is in progress. */
    private int moved = -1;
    private Runnable onOpen = () -> { };
    private final MarksWarmUp warmUp;
    /** While true the map is not laid out nor drawn ({@link #hold}). */
    private boolean held;

    MapCanvas(MapViewModel vm) {
        this(vm, MarksWarmUp.Pulses.fx());
    }

    /** @param warmUpPulses runs the marks' warm-up, one step a frame */
    MapCanvas(MapViewModel vm, MarksWarmUp.Pulses warmUpPulses) {
        this.vm = vm;
        setId("map");
        getStyleClass().add("map-canvas");
        warmUp = new MarksWarmUp(painter, () -> palette, this::quiet, n -> getChildren().remove(n),
                warmUpPulses);
        getChildren().add(warmUp.node()); // the lowest: under the ground
        getChildren().addAll(layers.nodes());
        setClip(clip); // the outlines' margin lies outside the view
        settle.setOnFinished(e -> settle());
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        measure.setFont(painter.font());
        measure.setText("Ág");
        textHeight = Math.ceil(measure.getLayoutBounds().getHeight());
        setMinSize(0, 0);
        setPrefSize(800, 500);
        vm.revisionProperty().addListener(onChange);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(
                vm.frame(this::width, textHeight).at(e.getX(), e.getY(), 3) != null ? Cursor.HAND : Cursor.DEFAULT));
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                vm.zoomAt(Math.pow(MapViewport.STEP, e.getDeltaY() / 40), e.getX(), e.getY());
                step();
            }
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MapKeys.handle(vm, e, onOpen)) {
                if (MapKeys.moves(e.getCode())) {
                    step();
                }
                e.consume();
            }
        });
    }

    /**
     * While held, the map lays out and draws nothing (its view model is not even told its size): a view readied
     * ahead, out of sight, is styled and laid out around it first, the map's own work in a later frame. Released,
     * the next layout pass frames, lays out and draws it as a map just made would.
     */
    void hold(boolean hold) {
        if (held != hold) {
            held = hold;
            requestLayout();
        }
    }

    /** Whether a ground is being drawn off the UI thread. */
    boolean groundPending() {
        return layers.groundPending();
    }

    void setOnOpen(Runnable open) {
        onOpen = open;
    }

    void setPalette(MapPalette p) {
        palette = p;
        settle();
    }

    void dispose() {
        vm.revisionProperty().removeListener(onChange);
        settle.stop();
        layers.close();
        warmUp.stop();
        groundWorker.shutdownNow();
    }

    /** One thread that draws the ground, ended when idle a while (a map not shown holds none). */
    private static ThreadPoolExecutor groundWorker() {
        var pool = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            var t = new Thread(r, "delegations-map-ground");
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** A label's width in the map's font (names repeat from frame to frame: measured once). */
    double width(String text) {
        return widths.computeIfAbsent(text, t -> {
            measure.setText(t);
            return Math.ceil(measure.getLayoutBounds().getWidth());
        });
    }

    double textHeight() {
        return textHeight;
    }

    MarksWarmUp warmUp() {
        return warmUp;
    }

    MapPainter painter() {
        return painter;
    }

    @Override
    protected void layoutChildren() {
        if (held) {
            return;
        }
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        clip.setWidth(w);
        clip.setHeight(h);
        vm.resize(w, h);
        pseudoClassStateChanged(MOVING, moved != -1); // cleared here, with :drawing set in the same pass
        if (w < 1 || h < 1) {
            return;
        }
        MapViewport v = vm.viewport();
        if (moved != vm.revisionProperty().get() || !layers.canMoveTo(v)) {
            layers.drawGround(v, vm.outlines(), vm.shownCountries(), palette, pixelScale());
            layers.drawMarks(painter, v, vm.frame(this::width, textHeight), palette);
        }
        // the sea's colour only where the ground shown does not reach: a fill under a covering ground costs the
        // render thread a pass over the whole view each frame
        Background sea = layers.place(v) ? null : new Background(new BackgroundFill(palette.sea(), null, null));
        if (!Objects.equals(sea, getBackground())) {
            setBackground(sea);
        }
        pseudoClassStateChanged(DRAWING, layers.groundPending());
        warmUp.cover(sea == null && !layers.groundPending() && moved == -1);
    }

    /** At rest (no pan or zoom in progress), shown in a showing window. */
    private boolean quiet() {
        Scene scene = getScene();
        if (moved != -1 || scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The screen's pixels per view pixel (2 on a display of double density; 1 before the map is in a window). */
    private double pixelScale() {
        Scene scene = getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    /** A step of a pan or a zoom in progress: shown by moving what is drawn until the motion rests. */
    private void step() {
        moved = vm.revisionProperty().get();
        pseudoClassStateChanged(MOVING, true);
        settle.playFromStart();
    }

    /** Ends a pan or zoom in progress: the next pulse shows the map as drawn afresh. */
    private void settle() {
        settle.stop();
        moved = -1;
        requestLayout();
    }

    private void pressed(MouseEvent e) {
        if (moved != -1) {
            settle(); // what the press aims at is what the map shows laid out afresh
        }
        requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragged = false;
        e.consume(); // the tab pane would take the focus (and with it the map's keys) on the press otherwise
    }

    private void dragged(MouseEvent e) {
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < CLICK_TOLERANCE) {
            return;
        }
        if (!dragged) {
            setCursor(Cursor.MOVE);
        }
        dragged = true;
        vm.panBy(lastX - e.getX(), lastY - e.getY());
        step();
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (dragged) {
            setCursor(Cursor.DEFAULT);
            settle();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        vm.frame(this::width, textHeight); // the frame shown, should a change be waiting for the next pulse
        boolean hit = vm.clickAt(e.getX(), e.getY());
        if (hit && e.getClickCount() == 2) {
            onOpen.run();
        } else if (!hit && e.getClickCount() == 2) {
            vm.zoomAt(MapViewport.STEP, e.getX(), e.getY());
        }
    }
}
