package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real dialogs: a message with or without details, and the Save / Discard / Cancel question (closing or opening another archive with unsaved changes): a button
 * per choice (placed as the platform orders Yes / Other / Cancel), each answering its index in the list given;
 * Escape answers the last, the cancelling one.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class FxDialogsChooseTest {
    private static final List<String> CHOICES = List.of("Save", "Discard the changes", "Cancel");

    private Stage stage;
    private FxDialogs dialogs;
    private NoticeLayer layer;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // the app's theme
        this.stage = stage;
        layer = new NoticeLayer();
        stage.setScene(new Scene(new StackPane(layer), 500, 300));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
        // opens nothing here
        dialogs = new FxDialogs(() -> stage, () -> layer, () -> Messages.of(UiLanguage.ENGLISH), uri -> { });
    }

    /** Asks on the FX thread; the dialog waits in a nested loop, as for the user, while the robot answers. */
    private CompletableFuture<Integer> ask() {
        var answer = new CompletableFuture<Integer>();
        Platform.runLater(() -> answer.complete(dialogs.choose("Unsaved changes",
                "The archive office has changes that are not saved. Save them first?", CHOICES)));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private static Window dialog() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene().lookup(".dialog-pane") != null)
                .findFirst().orElseThrow(() -> new AssertionError("no dialog shown"));
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && text.equals(b.getText()))
                .queryButton();
    }

    @Test
    void aMessageSaidInItsHeaderAloneHasNoEmptyBoxUnderItAndOneWithDetailsShowsThem(FxRobot robot) {
        Platform.runLater(() -> dialogs.showInfo("Export", "This view has nothing to export.", ""));
        WaitForAsyncUtils.waitForFxEvents();
        Window shown = dialog();
        assertTrue(robot.lookup(".dialog-pane .text-area").queryAll().isEmpty(), "no empty box");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown.isShowing());
        Platform.runLater(() -> dialogs.showInfo("About", "Delegations", "Version 1"));
        WaitForAsyncUtils.waitForFxEvents();
        Window about = dialog();
        assertEquals(1, robot.lookup(".dialog-pane .text-area").queryAll().size(), "the details in their box");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(about.isShowing());
    }

    @Test
    void theProgressShowsInTheWindowsCornerOnlyForWorkStillGoingWithHowFarItGotAndItsCancelStops(FxRobot robot)
            throws Exception {
        var now = new FxDialogs(() -> stage, () -> layer, () -> Messages.of(UiLanguage.ENGLISH), uri -> { },
                Duration.ZERO);
        var cancelled = new AtomicBoolean();
        var windows = new AtomicInteger();
        var strips = new AtomicInteger();
        ListChangeListener<Window> countingWindows = c -> {
            while (c.next()) {
                windows.addAndGet(c.getAddedSize());
            }
        };
        ListChangeListener<Node> countingStrips = c -> {
            while (c.next()) {
                strips.addAndGet(c.getAddedSize());
            }
        };
        robot.interact(() -> {
            Window.getWindows().addListener(countingWindows);
            layer.getChildren().addListener(countingStrips);
        });
        robot.interact(() -> { // a quick export: over within the frame that started it
            now.showProgress("Export", "Writing quick.csv…", () -> { }).close();
            now.showProgress("Export", "Writing 39,984 rows to events.xlsx…", () -> cancelled.set(true)).update(0.25);
        });
        // the strips show in the order asked: once the second shows, the first had its turn
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> layer.lookup("#exportProgress") != null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Window.getWindows().removeListener(countingWindows);
            layer.getChildren().removeListener(countingStrips);
        });
        assertEquals(0, windows.get(), "no window of its own");
        assertEquals(1, strips.get(), "nothing shown for the work that was over, not even for a flash");
        assertEquals(0.25, fx(() -> robot.lookup("#exportProgress").queryAs(ProgressBar.class).getProgress()),
                "how far the work got before its progress showed");
        assertTrue(fx(() -> robot.lookup("#exportCancel").queryButton().isMnemonicParsing()
                && robot.lookup("#exportCancel").queryButton().getText().startsWith("_")), "Cancel has a mnemonic");
        robot.clickOn("#exportCancel");
        assertTrue(cancelled.get());
        assertTrue(fx(() -> layer.getChildren().isEmpty()), "the strip is gone");
    }

    @Test
    void eachButtonAnswersItsIndex(FxRobot robot) throws Exception {
        for (int i = 0; i < CHOICES.size(); i++) {
            var answer = ask();
            assertFalse(answer.isDone(), "the question waits for an answer");
            robot.clickOn(button(robot, CHOICES.get(i)));
            assertEquals(i, answer.get(5, TimeUnit.SECONDS), CHOICES.get(i));
            assertTrue(Window.getWindows().stream().noneMatch(w -> w.isShowing() && w != stage), "the dialog closed");
        }
    }

    @Test
    void theQuestionAndEveryChoiceAreShownUnderTheWindowsTitle(FxRobot robot) throws Exception {
        var answer = ask();
        Window d = dialog();
        assertEquals("Unsaved changes", ((Stage) d).getTitle());
        assertTrue(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText().contains("Save them first?"));
        List<String> shown = robot.lookup(".dialog-pane .button-bar .button").queryAllAs(Button.class).stream()
                .map(Button::getText).toList();
        assertEquals(CHOICES.size(), shown.size(), "a button per choice: " + shown);
        assertTrue(shown.containsAll(CHOICES), shown.toString());
        assertTrue(button(robot, "Cancel").isCancelButton(), "Cancel is the cancelling button");
        robot.clickOn(button(robot, "Cancel"));
        assertEquals(2, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void escapeAnswersCancel(FxRobot robot) throws Exception {
        var answer = ask();
        robot.interact(() -> dialog().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertEquals(CHOICES.size() - 1, answer.get(5, TimeUnit.SECONDS), "Escape chooses the last: Cancel");
    }

    @Test
    void aCarefulQuestionCancelsOnEnterAndItsOtherChoicesNeedAClick(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<Integer>();
        Platform.runLater(() -> answer.complete(dialogs.chooseCarefully("Delete",
                "The 9 records below refer to place Košice (kosice)", List.of("_Delete 10 records", "Cancel"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(button(robot, "_Delete 10 records").isDefaultButton(), "Enter does not delete");
        assertTrue(button(robot, "Cancel").isDefaultButton());
        robot.interact(() -> dialog().requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals(1, answer.get(5, TimeUnit.SECONDS), "Enter chose Cancel");

        var deleted = new CompletableFuture<Integer>();
        Platform.runLater(() -> deleted.complete(dialogs.chooseCarefully("Delete",
                "The 9 records below refer to place Košice (kosice)", List.of("_Delete 10 records", "Cancel"))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> dialog().requestFocus());
        robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT);
        assertEquals(0, deleted.get(5, TimeUnit.SECONDS), "the delete button's mnemonic chose it");
    }

    @Test
    void aLongListScrollsInsteadOfGrowingPastTheScreen(FxRobot robot) throws Exception {
        var message = new StringBuilder("The 60 records below refer to place Košice (kosice);");
        for (int i = 1; i <= 60; i++) {
            message.append("\n• event Session ").append(i);
        }
        var answer = new CompletableFuture<Integer>();
        Platform.runLater(() -> answer.complete(dialogs.chooseCarefully("Delete", message.toString(),
                List.of("_Delete 61 records", "Cancel"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup(".dialog-pane .scroll-pane").queryAll().size(), "the list scrolls");
        assertTrue(fx(() -> dialog().getHeight()) < 700, "height " + fx(() -> dialog().getHeight()));
        robot.clickOn(button(robot, "Cancel"));
        assertEquals(1, answer.get(5, TimeUnit.SECONDS));
    }
}
