package app.delegations.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * "Exported to …" in the window's corner ({@link NoticeLayer}): a node of the window, not a popup, so that showing it
 * makes no native window. It does not take the focus or wait for a click, goes away by itself after it has been
 * shown for {@link #SHOWN} (the time does not run while the mouse is over it), or at its close button, and offers Open
 * folder, which hands the URI of the folder holding the file to the opener the window was given
 * ({@link FolderOpener}: the platform's file manager, and a message with the path when there is none). The file's
 * path in the message is shortened to its name, its folder on a line of its own, so that the notice stays narrower
 * than the window; it is drawn in the window's theme ({@code saved-notice.css}). Made and used on the JavaFX thread.
 */
final class SavedNotice extends VBox {
    /** How long the notice stays when nobody touches it. */
    static final Duration SHOWN = Duration.seconds(8);

    private final PauseTransition stay;

    /**
     * @param shown how long it stays while the mouse is not over it
     * @param gone  takes the notice out of the window
     */
    SavedNotice(Messages m, String title, String message, Path file, Consumer<String> open, Duration shown,
                Consumer<Node> gone) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        getStyleClass().addAll(NoticeLayer.CARD, "saved-notice");
        var heading = new Label(title);
        heading.getStyleClass().add("title");
        heading.setWrapText(true); // a long title ("Export all tables to one Excel workbook") whole
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        var close = Icons.button("noticeClose", Icons.CLOSE, m.get("notice.close"));
        close.setFocusTraversable(false); // the keyboard stays where the user was; the notice goes by itself
        close.setOnAction(e -> gone.accept(this));
        var top = new HBox(8, heading, close);
        top.setAlignment(Pos.CENTER_LEFT);
        var text = new Label(text(message, absolute, folder));
        text.setId("noticeText");
        text.setWrapText(true);
        var openFolder = new Button(m.get("notice.openFolder"));
        openFolder.setId("noticeOpenFolder");
        openFolder.setFocusTraversable(false);
        openFolder.setOnAction(e -> open.accept(folder.toUri().toString()));
        var actions = new HBox(openFolder);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(top, text, actions);
        stay = new PauseTransition(shown);
        stay.setOnFinished(e -> gone.accept(this));
        hoverProperty().addListener((o, was, over) -> {
            if (over) {
                stay.pause();
            } else {
                stay.play();
            }
        });
        stay.play();
    }

    /** Its clock: running, or paused while the mouse is over it. */
    Animation.Status clock() {
        return stay.getStatus();
    }

    /** Stops its clock (taken out of the window before its time). */
    void stop() {
        stay.stop();
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
