package app.delegations.ui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The map's drawing surface {@code #map}: repaints at most once a pulse after the view model changes; a drag
 * pans, the wheel zooms around the mouse, a click on a marker selects its place (on a cluster zooms in), a
 * double click on the map zooms in there; the keys are {@link MapKeys}'.
 */
final class MapCanvas extends Region {
    /** A press that moves less than this (pixels) before its release is a click, not a drag. */
    private static final double CLICK_TOLERANCE = 4;

    private final MapViewModel vm;
    private final MapPainter painter = new MapPainter(Font.font(12));
    private final Canvas canvas = new Canvas();
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
    private Runnable onOpen = () -> { };

    MapCanvas(MapViewModel vm) {
        this.vm = vm;
        setId("map");
        getStyleClass().add("map-canvas");
        getChildren().add(canvas);
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
            }
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MapKeys.handle(vm, e, onOpen)) {
                e.consume();
            }
        });
    }

    void setOnOpen(Runnable open) {
        onOpen = open;
    }

    void setPalette(MapPalette p) {
        palette = p;
        requestLayout();
    }

    MapPalette palette() {
        return palette;
    }

    void dispose() {
        vm.revisionProperty().removeListener(onChange);
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

    MapPainter painter() {
        return painter;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        vm.resize(w, h);
        if (w >= 1 && h >= 1) {
            painter.draw(canvas.getGraphicsContext2D(), vm.viewport(), vm.outlines(), vm.shownCountries(),
                    vm.frame(this::width, textHeight), palette);
        }
    }

    private void pressed(MouseEvent e) {
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
        dragged = true;
        setCursor(Cursor.MOVE);
        vm.panBy(lastX - e.getX(), lastY - e.getY());
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (dragged) {
            setCursor(Cursor.DEFAULT);
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
