package app.delegations.ui.forms;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The frame every form is shown in (a record's form, Cite for…, New source): its fields scroll, while what stops
 * its action and its buttons stay pinned below them, in sight however long the form and however short the window,
 * so that an officer never scrolls to find Apply, Create or Cancel. What stops the action scrolls on its own once
 * it takes more than a third of the frame, so the buttons keep their place even then. The keyboard goes through
 * the fields first, then the buttons, in the order given; a field given the keyboard (Tab, a click, a problem
 * shown) is scrolled into sight.
 */
public class FormFrame extends BorderPane {
    /** Room kept above or below a field scrolled into sight, for its label or problem. */
    private static final double MARGIN = 24;
    private final ScrollPane fields = new ScrollPane();
    private final ScrollPane problems = new ScrollPane();
    private final HBox buttons = new HBox(8);
    private final VBox footer;
    private final ChangeListener<Node> focusFollower = (o, was, now) -> reveal(now);

    protected FormFrame() {
        getStyleClass().add("form-frame");
        fields.setFitToWidth(true);
        fields.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        problems.setFitToWidth(true);
        problems.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        problems.getStyleClass().addAll("edge-to-edge", "form-footer-problems");
        problems.maxHeightProperty().bind(heightProperty().divide(3));
        buttons.setAlignment(Pos.CENTER_LEFT);
        footer = new VBox(6, problems, buttons);
        footer.getStyleClass().add("form-footer");
        setCenter(fields); // before the footer: the keyboard reaches the fields first
        setBottom(footer);
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focusFollower);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focusFollower);
            }
        });
    }

    /**
     * Shows {@code content} scrolling, {@code stopping} (what stops the action) and {@code actions} (the buttons,
     * and anything said beside them) pinned below it.
     */
    protected final void frame(Node content, Node stopping, Node... actions) {
        fields.setContent(content);
        problems.setContent(stopping);
        for (Node action : actions) {
            if (action instanceof Button button) {
                button.setMinWidth(Region.USE_PREF_SIZE); // its whole label: what is said beside it gives way
            }
        }
        buttons.getChildren().setAll(actions);
    }

    /**
     * Gives what stops the action the height it takes at the footer's width (a wrapped line included), at most
     * a third of the frame: a scroll pane would otherwise ask its content for one unwrapped line.
     */
    @Override
    protected void layoutChildren() {
        Node stopping = problems.getContent();
        if (stopping != null) {
            double width = getWidth() - snappedLeftInset() - snappedRightInset() - footer.snappedLeftInset()
                    - footer.snappedRightInset() - problems.snappedLeftInset() - problems.snappedRightInset();
            double height = Math.ceil(stopping.prefHeight(Math.max(0, width)));
            problems.setPrefViewportHeight(Math.max(1, height));
        }
        super.layoutChildren();
    }

    /** Scrolls the fields so that {@code focused}, when it is one of them, is wholly in sight (if it fits). */
    private void reveal(Node focused) {
        Node content = fields.getContent();
        if (focused == null || content == null || !within(focused, content)) {
            return;
        }
        double shown = fields.getViewportBounds().getHeight();
        double free = content.getLayoutBounds().getHeight() - shown;
        double range = fields.getVmax() - fields.getVmin();
        if (free <= 0 || range <= 0) {
            return;
        }
        Bounds at = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double top = (fields.getVvalue() - fields.getVmin()) / range * free;
        if (at.getMinY() < top) {
            top = at.getMinY() - MARGIN;
        } else if (at.getMaxY() > top + shown) {
            top = Math.min(at.getMinY() - MARGIN, at.getMaxY() + MARGIN - shown);
        } else {
            return;
        }
        fields.setVvalue(fields.getVmin() + range * Math.max(0, Math.min(1, top / free)));
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The part that scrolls: the form's fields. */
    public final ScrollPane fields() {
        return fields;
    }
}
