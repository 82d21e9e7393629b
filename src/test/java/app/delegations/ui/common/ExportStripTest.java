package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Problem;
import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An export written on a thread of its own ({@link Exports}) shows its progress in the window's corner, with the
 * real dialogs ({@link FxDialogs}) but for the file question: Cancel there stops the writing, no file is left and
 * nothing is said saved; an export left to finish ends with the saved notice in the corner instead of its strip.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class ExportStripTest {
    private final List<String> opened = new ArrayList<>();
    private Stage stage;
    private NoticeLayer layer;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        layer = new NoticeLayer();
        stage.setScene(new Scene(new StackPane(new Button("work"), layer), 700, 500));
        stage.sizeToScene();
        stage.show();
    }

    /** The window's dialogs, the file question answered with {@code to}. */
    private Exports exports(Path to) {
        var real = new FxDialogs(() -> stage, () -> layer, () -> Messages.of(UiLanguage.ENGLISH), opened::add,
                Duration.ZERO);
        var dialogs = new Dialogs() {
            @Override
            public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName) {
                return Optional.of(to);
            }

            @Override
            public Progress showProgress(String title, String text, Runnable cancel) {
                return real.showProgress(title, text, cancel);
            }

            @Override
            public void announceSaved(String title, String message, Path file) {
                real.announceSaved(title, message, file);
            }

            @Override
            public Optional<Path> chooseDataFile(Path initialFolder) {
                throw new AssertionError("not asked");
            }

            @Override
            public Optional<Path> chooseFolder(String title, Path initialFolder) {
                throw new AssertionError("not asked");
            }

            @Override
            public void showProblems(String file, List<Problem> problems) {
                throw new AssertionError("not shown");
            }

            @Override
            public void showError(String title, String message, String details) {
                throw new AssertionError(message + "\n" + details);
            }

            @Override
            public boolean confirm(String title, String question) {
                return true;
            }

            @Override
            public int choose(String title, String message, List<String> choices) {
                throw new AssertionError("not asked");
            }

            @Override
            public void showInfo(String title, String header, String text) {
                throw new AssertionError(header);
            }
        };
        return new Exports(dialogs, () -> Messages.of(UiLanguage.ENGLISH), Platform::runLater, Duration.ZERO);
    }

    /** Writes {@code file} once {@code go} says so, asking the progress all the while (where Cancel is heard). */
    private static Export slow(AtomicBoolean go) {
        return new Export() {
            @Override
            public String menuId() {
                return "menuExportSlow";
            }

            @Override
            public String menuKey() {
                return "export.title";
            }

            @Override
            public String titleKey() {
                return "export.title";
            }

            @Override
            public String failedKey() {
                return "export.failed";
            }

            @Override
            public FileKind kind() {
                return FileKind.PNG;
            }

            @Override
            public String suggestedName(Messages m) {
                return "slow";
            }

            @Override
            public ObservableBooleanValue available() {
                return Bindings.createBooleanBinding(() -> true);
            }

            @Override
            public void write(Path file) {
                throw new UnsupportedOperationException("written by its job");
            }

            @Override
            public Optional<Job> job() {
                return Optional.of((file, progress) -> {
                    progress.rows(1, 2);
                    while (!go.get()) {
                        progress.check();
                        Thread.onSpinWait();
                    }
                    Files.writeString(file, "written");
                    progress.rows(2, 2);
                });
            }
        };
    }

    @Test
    void cancelInTheCornerStopsTheExportLeavesNoFileAndSaysNothingSaved(FxRobot robot) throws Exception {
        Path to = dir.resolve("slow.png");
        var go = new AtomicBoolean();
        Thread writing = fx(() -> exports(to).run(slow(go)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> layer.lookup("#exportCancel") != null));
        assertEquals(0, fx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).count()),
                "the progress is the window's, not a window of its own");
        robot.clickOn("#exportCancel");
        writing.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(writing.isAlive(), "the writing stopped at its next check");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(to), "no file");
        assertTrue(fx(() -> layer.getChildren().isEmpty()), "the strip is gone and no notice came");
    }

    @Test
    void anExportLeftToFinishEndsWithTheSavedNoticeInTheCorner(FxRobot robot) throws Exception {
        Path to = dir.resolve("slow.png");
        var go = new AtomicBoolean();
        fx(() -> exports(to).run(slow(go)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> layer.lookup("#exportProgress") != null));
        go.set(true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> layer.lookup(".saved-notice") != null));
        assertTrue(Files.exists(to));
        assertTrue(fx(() -> layer.lookup("#exportProgress") == null), "the strip made way for the notice");
        assertTrue(robot.lookup("#noticeText").queryAs(Label.class).getText().contains("slow.png"));
        robot.clickOn("#noticeOpenFolder");
        assertEquals(List.of(dir.toUri().toString()), opened);
    }
}
