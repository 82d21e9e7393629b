package app.delegations.ui.timeline;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.BorderPane;

/**
 * The drawing surface with its scroll bars ({@code #timelineScrollX}, {@code #timelineScrollY}), both bound
 * both ways to the viewport's position: a bar shows only while there is something to scroll to, and moving it
 * moves the view as a drag would. The bars never take the keyboard focus from the surface.
 */
final class TimelineScrollBars {

    private TimelineScrollBars() {
    }

    /** {@code surface} in the centre, the vertical bar to its right and the horizontal one below. */
    static BorderPane around(Node surface, Viewport viewport) {
        var horizontal = new ScrollBar();
        horizontal.setId("timelineScrollX");
        horizontal.minProperty().bind(viewport.firstDayMinProperty());
        horizontal.maxProperty().bind(viewport.firstDayMaxProperty());
        horizontal.visibleAmountProperty().bind(viewport.visibleDaysProperty());
        horizontal.unitIncrementProperty().bind(viewport.visibleDaysProperty().divide(10));
        horizontal.blockIncrementProperty().bind(viewport.visibleDaysProperty().multiply(0.8));
        horizontal.valueProperty().bindBidirectional(viewport.firstDayProperty());
        horizontal.setFocusTraversable(false);
        horizontal.visibleProperty().bind(viewport.firstDayMaxProperty().greaterThan(viewport.firstDayMinProperty()));
        horizontal.managedProperty().bind(horizontal.visibleProperty());
        var vertical = new ScrollBar();
        vertical.setId("timelineScrollY");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.maxProperty().bind(viewport.scrollYMaxProperty());
        vertical.visibleAmountProperty().bind(viewport.rowsHeightProperty());
        vertical.setUnitIncrement(TimelineMetrics.ROW_HEIGHT);
        vertical.blockIncrementProperty().bind(viewport.rowsHeightProperty().multiply(0.8));
        vertical.valueProperty().bindBidirectional(viewport.scrollYProperty());
        vertical.visibleProperty().bind(viewport.scrollYMaxProperty().greaterThan(0));
        vertical.managedProperty().bind(vertical.visibleProperty());
        vertical.setFocusTraversable(false);
        var pane = new BorderPane(surface);
        pane.setRight(vertical);
        pane.setBottom(horizontal);
        return pane;
    }
}
