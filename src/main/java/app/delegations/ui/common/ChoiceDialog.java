package app.delegations.ui.common;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** {@link FxDialogs}' question with a choice of answers (Save / Discard / Cancel, Delete 10 records / Cancel). */
final class ChoiceDialog {
    /** A question of more lines than this scrolls (a delete listing every record that goes with it). */
    private static final int LINES_UNSCROLLED = 16;

    private ChoiceDialog() {
    }

    /**
     * The question with a button per choice, each showing its whole label (the dialog widens for them), the first
     * the default one, or with {@code carefully} the last (cancelling) one. A message of many lines scrolls.
     */
    static int ask(Window owner, String title, String message, List<String> choices, boolean carefully) {
        var buttons = new ButtonType[choices.size()];
        for (int i = 0; i < buttons.length; i++) {
            buttons[i] = new ButtonType(choices.get(i), i == buttons.length - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 && !carefully ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.OTHER);
        }
        var alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        DialogPane pane = alert.getDialogPane();
        if (message.lines().count() > LINES_UNSCROLLED) {
            var text = new Label(message);
            text.setWrapText(true);
            text.getStyleClass().add("content");
            var scroll = new ScrollPane(text);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(text.getFont().getSize() * LINES_UNSCROLLED * 1.4);
            pane.setContent(scroll);
            pane.setPrefWidth(640);
        }
        for (ButtonType b : buttons) {
            var button = (Button) pane.lookupButton(b);
            button.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut to "Reload and…"
            if (carefully) {
                button.setDefaultButton(b == buttons[buttons.length - 1]);
            }
        }
        pane.setMinWidth(Region.USE_PREF_SIZE);
        pane.setMinHeight(Region.USE_PREF_SIZE); // a long list of files is not cut
        alert.setResizable(true);
        ButtonType chosen = alert.showAndWait().orElse(buttons[buttons.length - 1]);
        return List.of(buttons).indexOf(chosen);
    }
}
