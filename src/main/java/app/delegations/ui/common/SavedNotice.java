package app.delegations.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * "Exported to …" as a ControlsFX notice at the bottom right of the window: it does not take the focus or wait
 * for a click, goes away by itself after {@link #SHOWN}, and offers Open folder, which hands the URI of the
 * folder holding the file to the platform (the application's {@code HostServices.showDocument}: the file
 * manager). Shown on the JavaFX thread.
 */
final class SavedNotice {
    /** How long the notice stays when nobody touches it. */
    static final Duration SHOWN = Duration.seconds(8);

    private SavedNotice() {
    }

    static void show(Window owner, Messages m, String title, String message, Path file, Consumer<String> open) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        var openFolder = new Action(m.get("notice.openFolder"), e -> open.accept(folder.toUri().toString()));
        Notifications.create()
                .owner(owner)
                .title(title)
                .text(message)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN)
                .styleClass("saved-notice")
                .action(openFolder)
                .show();
    }
}
