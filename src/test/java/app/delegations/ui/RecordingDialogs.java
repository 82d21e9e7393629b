package app.delegations.ui;

import app.delegations.data.Problem;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.FileKind;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link Dialogs} fake: records what would have been shown and answers file choosers from a queue. */
public final class RecordingDialogs implements Dialogs {
    /** One call to {@link #showProblems}. */
    public record ProblemsShown(String file, List<Problem> problems) {
    }

    /** One call to {@link #showError}. */
    public record ErrorShown(String title, String message, String details) {
    }

    public final List<ProblemsShown> problems = new ArrayList<>();
    public final List<ErrorShown> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    /** One call to {@link #announceSaved}: a file saved, told by a notice. */
    public record Saved(String title, String message, Path file) {
    }

    /** The files announced as saved (exports), with their messages. */
    public final List<Saved> saved = new ArrayList<>();

    /** The messages of the files announced as saved, in turn. */
    public List<String> savedMessages() {
        return saved.stream().map(Saved::message).toList();
    }
    /** The rows of each table shown (a row of one cell is a section heading). */
    public final List<List<List<String>>> tables = new ArrayList<>();
    public final Deque<Path> filesToChoose = new ArrayDeque<>();
    /** The folders {@link #chooseFolder} answers, in turn; none when it is empty (the user cancelled). */
    public final Deque<Path> foldersToChoose = new ArrayDeque<>();
    /** The questions asked through {@link #confirm}; answered from {@link #answers}, yes when it is empty. */
    public final List<String> questions = new ArrayList<>();
    public final Deque<Boolean> answers = new ArrayDeque<>();
    /**
     * How {@link #chooseExport} answers, in turn; the proposal when it is empty. An answer of null is the user
     * cancelling the export dialog.
     */
    public final Deque<Optional<ExportChoice>> exportChoices = new ArrayDeque<>();
    /** What {@link #chooseExport} proposed, and whether it offered the selected rows. */
    public final List<ExportChoice> exportProposals = new ArrayList<>();
    public final List<Boolean> exportOfferedSelection = new ArrayList<>();
    /** The texts of the progress windows shown, and how many of them are closed. */
    public final List<String> progressShown = new ArrayList<>();
    public int progressClosed;
    /** When true, the progress window's Cancel is pressed as soon as it shows. */
    public boolean cancelOnShow;
    /** Runs the Cancel of the progress window shown last. */
    public Runnable cancelProgress = () -> {
    };

    /** One call to {@link #choose}. */
    public record Choice(String title, String message, List<String> choices) {
    }

    /** The choices asked through {@link #choose}; answered from {@link #choices}, the last (cancel) when empty. */
    public final List<Choice> asked = new ArrayList<>();
    public final Deque<Integer> choices = new ArrayDeque<>();

    @Override
    public int choose(String title, String message, List<String> options) {
        asked.add(new Choice(title, message, List.copyOf(options)));
        return choices.isEmpty() ? options.size() - 1 : choices.poll();
    }

    /** The questions asked through {@link #chooseCarefully} (Enter cancels), also in {@link #asked}. */
    public final List<Choice> askedCarefully = new ArrayList<>();

    @Override
    public int chooseCarefully(String title, String message, List<String> options) {
        askedCarefully.add(new Choice(title, message, List.copyOf(options)));
        return choose(title, message, options);
    }

    @Override
    public Optional<Path> chooseDataFile(Path initialFolder) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.ofNullable(foldersToChoose.poll());
    }

    /** The names each save chooser proposed, in turn. */
    public final List<String> suggestedNames = new ArrayList<>();
    /** The folders each save chooser opened in, in turn (null: the chooser's own choice). */
    public final List<Path> saveFolders = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName) {
        return chooseSaveFile(title, kind, suggestedName, null);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName, Path initialFolder) {
        suggestedNames.add(suggestedName);
        saveFolders.add(initialFolder);
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public Optional<ExportChoice> chooseExport(String title, ExportChoice proposed, boolean canSelected) {
        exportProposals.add(proposed);
        exportOfferedSelection.add(canSelected);
        Optional<ExportChoice> answer = exportChoices.poll();
        return answer == null ? Optional.of(proposed) : answer;
    }

    @Override
    public Progress showProgress(String title, String text, Runnable cancel) {
        progressShown.add(text);
        cancelProgress = cancel;
        if (cancelOnShow) {
            cancel.run();
        }
        return new Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public void close() {
                progressClosed++;
            }
        };
    }

    @Override
    public boolean confirm(String title, String question) {
        questions.add(question);
        return answers.isEmpty() || answers.poll();
    }

    @Override
    public void showProblems(String file, List<Problem> list) {
        problems.add(new ProblemsShown(file, List.copyOf(list)));
    }

    /** What the window showed instead, for each file or archive not opened (its problems are in {@link #problems}). */
    public final List<Shown> notOpened = new ArrayList<>();

    @Override
    public void showNotOpened(String file, List<Problem> list, Shown instead) {
        notOpened.add(instead);
        showProblems(file, list);
    }

    @Override
    public void showError(String title, String message, String details) {
        errors.add(new ErrorShown(title, message, details));
    }

    @Override
    public void announceSaved(String title, String message, Path file) {
        saved.add(new Saved(title, message, file));
    }

    @Override
    public void showInfo(String title, String header, String text) {
        infos.add(header);
    }

    @Override
    public void showTable(String title, String header, List<String> columns, List<List<String>> rows) {
        infos.add(header);
        tables.add(List.copyOf(rows));
    }
}
