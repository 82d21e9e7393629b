package app.delegations.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A view's picture saved as a PNG file (the timeline, the map, a figure): the {@link Export} every such view
 * gives, made of its names and its writer.
 *
 * @param menuId        the File-menu item's node id
 * @param menuKey       message key of the File-menu item
 * @param titleKey      message key of the file chooser's title
 * @param failedKey     message key of the error message, {0} being the reason
 * @param suggestedName the name the file chooser proposes
 * @param available     true while there is something to draw
 * @param writer        writes the picture (on the UI thread)
 */
public record PngExport(String menuId, String menuKey, String titleKey, String failedKey, String suggestedName,
                        ObservableBooleanValue available, Writer writer) implements Export {

    /** Writes the picture to a file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws IOException;
    }

    @Override
    public FileKind kind() {
        return FileKind.PNG;
    }

    @Override
    public void write(Path file) throws IOException {
        writer.write(file);
    }
}
