package app.delegations.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * "Exported to …" as a ControlsFX notice at the bottom right of the window: it does not take the focus or wait
 * for a click, goes away by itself after {@link #SHOWN}, and offers Open folder, which hands the URI of the
 * folder holding the file to the opener the window was given ({@link FolderOpener}: the platform's file manager,
 * and a message with the path when there is none). The file's path in the message is shortened to its name, its folder on a line of its own, so that
 * the notice stays narrower than the window; it is drawn in the window's theme ({@code saved-notice.css}).
 * Shown on the JavaFX thread.
 */
public final class SavedNotice {
    /** How long the notice stays when nobody touches it. */
    static final Duration SHOWN = Duration.seconds(8);
    /** The notice's own style class ({@code saved-notice.css}), beside ControlsFX's {@code notification-bar}. */
    static final String STYLE_CLASS = "saved-notice";
    private static final String STYLE = SavedNotice.class.getResource("/app/delegations/ui/saved-notice.css")
            .toExternalForm();

    /** Where ControlsFX keeps its notices' style sheet, which it puts first in the owner's scene at the first notice. */
    private static final String CONTROLSFX_SHEET = "org/controlsfx/control/notificationpopup.css";

    private SavedNotice() {
    }

    /**
     * Gives the window's scene, when it is made, the style sheets a notice adds to it (ControlsFX's first, as it puts
     * it, then the theme's), so that the first notice finds them there: added then, they made every node of the
     * window apply its CSS anew in the frame the notice showed (File › Export's first notice, export-frames.sh).
     */
    public static void prepare(Scene scene) {
        controlsFxStyle().filter(sheet -> !scene.getStylesheets().contains(sheet))
                .ifPresent(sheet -> scene.getStylesheets().add(0, sheet));
        if (!scene.getStylesheets().contains(STYLE)) {
            scene.getStylesheets().add(STYLE);
        }
    }

    /**
     * The URL ControlsFX gives its notices' style sheet ({@code Notifications.class.getResource}, which it adds
     * unless the scene has that very string). On the class path the same call gives it; in a named module (the
     * runtime image, the module path) that call is ControlsFX's alone, so the URL is made as the JDK makes it for
     * that module's resources: in its {@code jrt:} image, or in its jar. Empty when neither is found (the first
     * notice then adds it, as before).
     */
    static Optional<String> controlsFxStyle() {
        try {
            URL own = Notifications.class.getResource("notificationpopup.css");
            if (own != null) {
                return Optional.of(own.toExternalForm());
            }
            CodeSource source = Notifications.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            String at = source.getLocation().toExternalForm();
            String sheet = at.startsWith("jrt:") ? at + "/" + CONTROLSFX_SHEET : "jar:" + at + "!/" + CONTROLSFX_SHEET;
            try (InputStream in = new URL(sheet).openStream()) {
                return in.read() >= 0 ? Optional.of(sheet) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void show(Window owner, Messages m, String title, String message, Path file, Consumer<String> open) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        var openFolder = new Action(m.get("notice.openFolder"), e -> open.accept(folder.toUri().toString()));
        if (owner != null && owner.getScene() != null && !owner.getScene().getStylesheets().contains(STYLE)) {
            owner.getScene().getStylesheets().add(STYLE); // after ControlsFX's own, which it puts first
        }
        Notifications.create()
                .owner(owner)
                .title(title)
                .text(text(message, absolute, folder))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN)
                .styleClass(STYLE_CLASS)
                .action(openFolder)
                .show();
    }

    /** The message with the file's path as its name, and the folder below: "3 rows exported to a.xlsx\n/home/x". */
    static String text(String message, Path file, Path folder) {
        String path = file.toString();
        int at = message.indexOf(path);
        if (at < 0 || file.getFileName() == null) {
            return message;
        }
        return message.substring(0, at) + file.getFileName() + message.substring(at + path.length()) + "\n" + folder;
    }
}
