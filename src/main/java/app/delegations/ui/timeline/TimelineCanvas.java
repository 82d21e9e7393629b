package app.delegations.ui.timeline;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The drawing surface ({@code #timeline}): one canvas the size of the region, repainted at most once per pulse
 * when the view model's revision changes (see {@link #repaintRequest()}). Mouse: click selects, double click
 * opens details (or zooms in on the counts), drag pans, wheel scrolls, Ctrl+wheel zooms at the pointer; the
 * pointer over an item tells it whole in a tooltip, over a bar of the counts the bar's period, count and first
 * titles.
 * Keys: see {@link TimelineKeys}.
 */
final class TimelineCanvas extends Region {

    private final TimelineViewModel vm;
    private final TimelineRenderer renderer;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    /** The most titles a bar's tooltip lists. */
    static final int BAR_TITLES = 6;

    private Function<TimelineItem, String> describer = item -> item.event().id();
    private Function<CountBar, String> barDescriber = bar -> bar.first() + ": " + bar.count();
    /** What the pointer is over: an item, a bar, or null. */
    private Object hovered;
    private final InvalidationListener repaintRequest = o -> requestLayout();
    private double dragX;
    private double dragY;
    private boolean dragged;

    TimelineCanvas(TimelineViewModel vm, TimelineRenderer renderer) {
        this.vm = vm;
        this.renderer = renderer;
        setId("timeline");
        getStyleClass().add("timeline-surface");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setMinSize(120, TimelineMetrics.AXIS_HEIGHT + TimelineMetrics.ROW_HEIGHT * 2);
        setPrefSize(900, 320);
        getChildren().add(canvas);
        widthProperty().addListener(o -> vm.viewportWidthProperty().set(getWidth()));
        heightProperty().addListener(o -> vm.viewportHeightProperty().set(getHeight()));
        focusedProperty().addListener(o -> requestLayout());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> show(null, null));
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (TimelineKeys.handle(vm, e, getHeight() - TimelineMetrics.AXIS_HEIGHT)) {
                e.consume();
            }
        });
    }

    /** Repaints on the next pulse; the view registers it on the view model's revision (and removes it). */
    InvalidationListener repaintRequest() {
        return repaintRequest;
    }

    /** How an item is told in its tooltip (full title, kind, dates: labels on the surface may be cut short). */
    void setDescriber(Function<TimelineItem, String> describer) {
        this.describer = describer;
    }

    /** How a bar of the counts is told in its tooltip (period, count, its first titles). */
    void setBarDescriber(Function<CountBar, String> barDescriber) {
        this.barDescriber = barDescriber;
    }

    /** The tooltip's text while the pointer is over an item or a bar, else null. */
    String hoverText() {
        return hovered == null ? null : tooltip.getText();
    }

    private void hover(double x, double y) {
        if (vm.detailProperty().get() == Detail.COUNTS) {
            CountBar bar = vm.itemsInView().barAt(x, y, BAR_TITLES);
            show(bar, bar == null ? null : () -> barDescriber.apply(bar));
        } else {
            TimelineItem item = vm.itemAt(x, y);
            show(item, item == null ? null : () -> describer.apply(item));
        }
    }

    private void show(Object target, Supplier<String> text) {
        if (Objects.equals(target, hovered)) {
            return;
        }
        hovered = target;
        if (target == null) {
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(text.get());
            Tooltip.install(this, tooltip);
        }
    }

    /** Repaints now (layout passes call it; so does export before a snapshot). */
    void repaint() {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
        }
        renderer.draw(canvas.getGraphicsContext2D(), vm, w, h, isFocused());
    }

    @Override
    protected void layoutChildren() {
        repaint();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            vm.scrollBy(dragX - e.getX(), dragY - e.getY());
            dragged |= Math.abs(dragX - e.getX()) + Math.abs(dragY - e.getY()) > 0;
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragged || !e.isStillSincePress()) {
            return;
        }
        if (vm.detailProperty().get() == Detail.COUNTS) {
            if (e.getClickCount() == 2) {
                vm.zoomBy(TimelineMetrics.ZOOM_STEP * TimelineMetrics.ZOOM_STEP, e.getX());
            }
            return;
        }
        vm.selectAt(e.getX(), e.getY());
        if (e.getClickCount() == 2) {
            vm.openSelected();
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown()) {
            vm.zoomBy(Math.pow(1.0025, e.getDeltaY()), e.getX());
        } else if (e.isShiftDown() || vm.viewport().scrollYMaxProperty().get() <= 0) {
            vm.scrollBy(-(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()), 0);
        } else {
            vm.scrollBy(-e.getDeltaX(), -e.getDeltaY());
        }
        e.consume();
    }
}
