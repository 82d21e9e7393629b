package app.delegations;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a control really shows on screen, for tests that a text is not cut (JavaFX 21 has no "truncated" flag). */
final class Shown {
    private Shown() {
    }

    /**
     * The text a labeled control draws after its skin has fitted it to its width: its whole text, or the text
     * shortened with an ellipsis. Call on the FX thread, after a layout pass.
     */
    static String text(Labeled labeled) {
        for (Node n : labeled.lookupAll(".text")) {
            if (n instanceof Text t && t.getParent() == labeled) {
                return t.getText();
            }
        }
        throw new AssertionError(labeled + " draws no text");
    }
}
