package app.delegations.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Something a view can save to a file (the timeline as PNG). The asking, the extension, the overwrite question
 * and the outcome are {@link Exports}'s, the same for every export; the view only writes.
 */
public interface Export {
    /** The File-menu item's node id, e.g. {@code menuExportTimeline}. */
    String menuId();

    /** Message key of the File-menu item. */
    String menuKey();

    /** Message key of the title of the file chooser and of what is said afterwards. */
    String titleKey();

    /** Message key of the error message, {0} being the reason. */
    String failedKey();

    FileKind kind();

    /** The name the file chooser proposes. */
    String suggestedName();

    /** True while there is something to export. */
    ObservableBooleanValue available();

    /** Writes the file (called on the UI thread). */
    void write(Path file) throws IOException;
}
