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

    /** Tells that a file could not be opened and lists its located problems, copyable. */
    void showProblems(String file, List<Problem> problems);

    /** Tells that something went wrong, with the details (e.g. a stack trace) copyable. */
    void showError(String title, String message, String details);

    /** Asks for a file to save a PNG to. */
    Optional<Path> choosePngFile(String suggestedName);

    /** Shows information (About, keyboard shortcuts) with a copyable text. */
    void showInfo(String title, String header, String text);
}
