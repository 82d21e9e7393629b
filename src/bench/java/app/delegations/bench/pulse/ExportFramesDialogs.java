package app.delegations.bench.pulse;

import app.delegations.data.Problem;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.ExportChoice;
import app.delegations.ui.common.FileKind;
import app.delegations.ui.common.FxDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's real dialogs ({@link FxDialogs}: the export's progress strip with Cancel, the saved notice, the
 * print preview's errors) except the two questions an officer answers before an export is written: how (the
 * harness's {@link ExportChoice}) and where (the harness's path, instead of the native file chooser, which a
 * harness cannot drive). It notes when the saved notice is asked for and reports errors on the console instead of
 * a modal dialog that would stop the run.
 */
final class ExportFramesDialogs implements Dialogs {
    private final FxDialogs real;
    private volatile ExportChoice choice;
    private volatile Path saveTo;
    private volatile long savedAt = -1;
    private volatile long noticeCpu = -1;
    private volatile long noticeNanos = -1;
    private volatile String error;

    ExportFramesDialogs(FxDialogs real) {
        this.real = real;
    }

    /** The answers to the next export's questions. */
    void answer(ExportChoice how, Path where) {
        choice = how;
        saveTo = where;
        savedAt = -1;
    }

    /** When the saved notice was last asked for (System.nanoTime), -1 since the last {@link #answer}. */
    long savedAt() {
        return savedAt;
    }

    /** The last error reported, or null. */
    String error() {
        return error;
    }

    @Override
    public Optional<ExportChoice> chooseExport(String title, ExportChoice proposed, boolean canSelected) {
        return Optional.of(choice == null ? proposed : choice);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName) {
        return Optional.of(saveTo);
    }

    @Override
    public boolean confirm(String title, String question) {
        return true;
    }

    @Override
    public Progress showProgress(String title, String text, Runnable cancel) {
        return real.showProgress(title, text, cancel);
    }

    @Override
    public void announceSaved(String title, String message, Path file) {
        savedAt = System.nanoTime();
        long cpu = PulseGapRecorder.threadCpuNanos();
        real.announceSaved(title, message, file);
        noticeCpu = PulseGapRecorder.threadCpuNanos() - cpu;
        noticeNanos = System.nanoTime() - savedAt;
    }

    /**
     * The UI thread's CPU in the last call that showed the saved notice (the notice made, styled and laid
     * out), ns; -1 before any.
     */
    long noticeCpu() {
        return noticeCpu;
    }

    /** The wall time of that call, ns; -1 before any. */
    long noticeNanos() {
        return noticeNanos;
    }

    @Override
    public void showError(String title, String message, String details) {
        error = title + ": " + message;
        System.err.println(error + "\n" + details);
    }

    @Override
    public void showProblems(String file, List<Problem> problems) {
        error = file + ": " + problems;
        System.err.println(error);
    }

    @Override
    public Optional<Path> chooseDataFile(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public int choose(String title, String message, List<String> choices) {
        return choices.size() - 1;
    }

    @Override
    public void showInfo(String title, String header, String text) {
        System.out.println(title + ": " + header);
    }
}
