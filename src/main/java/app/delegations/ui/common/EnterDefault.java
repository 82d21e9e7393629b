package app.delegations.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter on a dialog's radio button or check box presses the dialog's default button, as Enter does on its other
 * fields. (JavaFX's button behaviour takes Enter for itself on a radio button or a check box, as a second Space, so
 * the key never reaches the default button.) The choice is made with the arrow keys or Space.
 */
public final class EnterDefault {
    private EnterDefault() {
    }

    /** Makes Enter on the radio buttons and check boxes under {@code root} press its default button. */
    public static void install(Parent root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()
                    || !(e.getTarget() instanceof ToggleButton || e.getTarget() instanceof CheckBox)) {
                return;
            }
            for (Node n : root.lookupAll(".button")) {
                if (n instanceof Button b && b.isDefaultButton() && !b.isDisabled() && b.isVisible()) {
                    e.consume();
                    b.fire();
                    return;
                }
            }
        });
    }
}
