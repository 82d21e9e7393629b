package app.delegations.ui.details;

import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The Back (←) and Forward (→) buttons above the details, each enabled only while {@link DetailsHistory} has
 * a record to show that way; a screen reader and the tooltip read "Back" and "Forward" in the UI language.
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
