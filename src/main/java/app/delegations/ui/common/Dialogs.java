package app.delegations.ui.common;

import app.delegations.data.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the window shows goes through here, so that tests can replace them with a recording fake.
 * Implementations are called on the JavaFX thread.
 */
public interface Dialogs {

    /** Asks for a data file to open, starting in {@code initialFolder} (may be null). */
    Optional<Path> chooseDataFile(Path initialFolder);

    /** Asks for a folder (an archive to open), titled {@code title}, starting in {@code initialFolder} (may be null). */
    Optional<Path> chooseFolder(String title, Path initialFolder);

    /** Tells that a file could not be opened and lists its located problems, copyable. */
    void showProblems(String file, List<Problem> problems);

    /** What the window shows after a file or archive the officer asked for was not opened. */
    enum Shown {
        /** The data shown before it was asked for stays. */
        BEFORE,
        /** Nothing was shown yet (start-up): the bundled data is shown instead. */
        BUNDLED,
        /** Nothing was shown yet, and nothing is shown instead. */
        NOTHING
    }

    /**
     * Tells that a file or archive asked for was not opened: its located problems, copyable, what is shown
     * {@code instead}, and that Reload tries it again. By default as {@link #showProblems}.
     */
    default void showNotOpened(String file, List<Problem> problems, Shown instead) {
        showProblems(file, problems);
    }

    /** Tells that something went wrong, with the details (e.g. a stack trace) copyable. */
    void showError(String title, String message, String details);

    /** Asks for a file of this kind to save to, proposing {@code suggestedName}. */
    Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName);

    /**
     * Asks for a file of this kind to save to, proposing {@code suggestedName} in {@code initialFolder} (null: the
     * chooser's own choice). Without a folder of its own, an implementation asks as
     * {@link #chooseSaveFile(String, FileKind, String)} does.
     */
    default Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName, Path initialFolder) {
        return chooseSaveFile(title, kind, suggestedName);
    }

    /**
     * Asks how to export a table ({@link ExportDialog}): XLSX or CSV, the CSV separator, every row shown or only the
     * selected ones ({@code canSelected}: whether rows are selected). Empty when the user cancels; without a dialog
     * of its own, an implementation takes the proposal.
     */
    default Optional<ExportChoice> chooseExport(String title, ExportChoice proposed, boolean canSelected) {
        return Optional.of(proposed);
    }

    /**
     * Shows the progress of an export with a Cancel button that runs {@code cancel}, until the handle is closed.
     * Without a window of its own, an implementation shows nothing.
     */
    default Progress showProgress(String title, String text, Runnable cancel) {
        return new Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** What {@link #showProgress} shows; called on the JavaFX thread. */
    interface Progress {
        /** Shows how far the work got, 0 to 1. */
        void update(double fraction);

        /** Takes the progress away (the work is over or cancelled). */
        void close();
    }

    /** Asks a yes/no question (replace a file?); true for yes. */
    boolean confirm(String title, String question);

    /**
     * Asks the user to choose one of {@code choices} (button labels, the last one the cancelling one: Escape and
     * closing the dialog choose it): Save / Discard / Cancel, Reload and re-apply / Save as / Cancel. Returns the
     * index of the choice.
     */
    int choose(String title, String message, List<String> choices);

    /**
     * As {@link #choose}, for a choice that destroys work (Delete 10 records): the cancelling choice, not the first,
     * is the default one, so that Enter cancels and the others need a click (or their mnemonic).
     */
    default int chooseCarefully(String title, String message, List<String> choices) {
        return choose(title, message, choices);
    }

    /**
     * Announces that {@code file} was saved (an export), without a dialog to close: a notice that goes away by
     * itself, with an Open folder action showing the folder that holds the file. Errors are never announced this
     * way; they stay {@link #showError modal}. Without notices of its own, an implementation shows the message as
     * information.
     */
    default void announceSaved(String title, String message, Path file) {
        showInfo(title, message, file.toString());
    }

    /** Shows information (About) with a copyable text. */
    void showInfo(String title, String header, String text);

    /**
     * Shows a table (the keyboard shortcuts) under {@code header} (null: none, the title alone says what it is): its
     * column headings and rows; a row of one cell is a section
     * heading. Without a table of its own, an implementation shows the rows as tab-separated text.
     */
    default void showTable(String title, String header, List<String> columns, List<List<String>> rows) {
        var text = new StringBuilder(String.join("\t", columns));
        for (List<String> row : rows) {
            text.append('\n').append(String.join("\t", row));
        }
        showInfo(title, header, text.toString());
    }
}
