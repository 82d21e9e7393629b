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

    /** Tells that something went wrong, with the details (e.g. a stack trace) copyable. */
    void showError(String title, String message, String details);

    /** Asks for a file of this kind to save to, proposing {@code suggestedName}. */
    Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName);

    /** Asks a yes/no question (replace a file?); true for yes. */
    boolean confirm(String title, String question);

    /**
     * Asks the user to choose one of {@code choices} (button labels, the last one the cancelling one: Escape and
     * closing the dialog choose it): Save / Discard / Cancel, Reload and re-apply / Save as / Cancel. Returns the
     * index of the choice.
     */
    int choose(String title, String message, List<String> choices);

    /** Shows information (About) with a copyable text. */
    void showInfo(String title, String header, String text);

    /**
     * Shows a table (the keyboard shortcuts): its column headings and rows; a row of one cell is a section
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
