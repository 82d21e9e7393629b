package app.delegations.ui.print;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The print preview's size: wide enough for its buttons and a readable page, within the screen its owner is on. */
final class PreviewSize {
    private PreviewSize() {
    }

    private static Rectangle2D screen(Window owner) {
        if (owner != null) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** Wide enough for the buttons and a readable page; within the screen (1366 × 768 too). */
    static double width(Window owner) {
        return Math.min(900, screen(owner).getWidth() - 40);
    }

    /** As tall as the screen lets (a window title bar above it), at most 1000. */
    static double height(Window owner) {
        return Math.min(1000, screen(owner).getHeight() - 60);
    }
}
