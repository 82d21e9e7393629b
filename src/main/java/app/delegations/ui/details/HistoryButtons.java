package app.delegations.ui.details;

import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/**
 * The Back (←) and Forward (→) buttons above the details, each enabled only while {@link DetailsHistory} has
 * a record to show that way; a screen reader and the tooltip read "Back" and "Forward" in the UI language.
 * {@link #keysAndMouse} gives the pane the same commands on Alt+Left/Alt+Right and the mouse's side buttons.
 */
final class HistoryButtons extends HBox {
    HistoryButtons(DetailsHistory history, Messages m, Listeners listeners) {
        super(4);
        getStyleClass().add("details-history");
        getChildren().addAll(
                button("detailsBack", "←", m.get("details.back"), history.canGoBackProperty(), history::back, listeners),
                button("detailsForward", "→", m.get("details.forward"), history.canGoForwardProperty(), history::forward,
                        listeners));
    }

    /**
     * On the pane: Alt+Left goes back and Alt+Right forward while the pane or a node in it has the focus (a
     * filter, so the scroll pane's own arrow keys do not take them first); the mouse's back and forward
     * buttons do the same anywhere on it.
     */
    static void keysAndMouse(Node pane, DetailsHistory history) {
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() || e.isControlDown() || e.isShiftDown() || e.isMetaDown()) {
                return;
            }
            if (e.getCode() == KeyCode.LEFT) {
                history.back();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT) {
                history.forward();
                e.consume();
            }
        });
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                history.back();
                e.consume();
            } else if (e.getButton() == MouseButton.FORWARD) {
                history.forward();
                e.consume();
            }
        });
    }

    private static Button button(String id, String arrow, String name, ReadOnlyBooleanProperty can, Runnable go,
                                 Listeners listeners) {
        var b = new Button(arrow);
        b.setId(id);
        b.getStyleClass().add("details-history-button");
        b.setAccessibleText(name);
        b.setTooltip(new Tooltip(name));
        b.setFocusTraversable(false); // the pane's keys (Alt+Left, Alt+Right) do the same from the keyboard
        b.setOnAction(e -> go.run());
        listeners.follow(can, yes -> b.setDisable(!yes));
        return b;
    }
}
