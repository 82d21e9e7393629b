package app.delegations.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Something a view can save to a file (the timeline as PNG, the visit brief as PDF). The asking, the extension, the
 * overwrite question and the outcome are {@link Exports}'s, the same for every export; the view only writes: on
 * the UI thread ({@link #write}), or, when it offers a {@link #job}, on a thread of its own from what it took on the
 * UI thread, with a progress in the window's corner whose Cancel leaves no file.
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

    /**
     * The name the file chooser proposes, in the language of {@code m}, with or without the extension: a record's
     * title ("notatka – Kraków"), or the name of the view pictured ("Mapa"), to which {@link Exports} adds what
     * narrows its rows when {@link #narrowed}.
     */
    String suggestedName(Messages m);

    /**
     * True when the file pictures the rows the filter leaves (the map, the timeline, a chart): its proposed name
     * then says the narrowing as a table's does ("Mapa – Słowacja.png"); false (the default) for a file of one
     * record (a brief).
     */
    default boolean narrowed() {
        return false;
    }

    /** True while there is something to export. */
    ObservableBooleanValue available();

    /** Writes the file (called on the UI thread, unless the export has a {@link #job}). */
    void write(Path file) throws IOException;

    /**
     * What the file is made of, taken now (on the UI thread, once the file is chosen), to be written on a thread of
     * its own; empty (the default) to have {@link #write} write it on the UI thread.
     */
    default Optional<Job> job() {
        return Optional.empty();
    }

    /** Writes an export's file from what was taken on the UI thread; safe to run on any thread. */
    @FunctionalInterface
    interface Job {
        /**
         * Writes the whole file or none (through {@link ExportFile}), telling {@code progress} how far it got; throws
         * {@link CancellationException} when {@code progress} cancels.
         */
        void write(Path file, ExportProgress progress) throws IOException;
    }
}
