package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the app's theme a question's buttons each show their whole label: the tester saw "Wczytaj ponownie i…"
 * (officer2 D5), the Polish Reload and re-apply cut to the width the other buttons were given.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class ChoiceDialogButtonsTest {
    private FxDialogs dialogs;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // the app's theme
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.sizeToScene();
        stage.show();
        stage.requestFocus();
        dialogs = new FxDialogs(() -> stage, () -> null, () -> Messages.of(UiLanguage.POLISH), uri -> { });
    }

    @Test
    void everyButtonOfTheChangedOnDiskQuestionShowsItsWholeLabel(FxRobot robot) throws Exception {
        Messages m = Messages.of(UiLanguage.POLISH);
        List<String> choices = List.of(m.get("edit.conflict.reapply"), m.get("edit.conflict.saveAs"),
                m.get("edit.cancel"));
        var answer = new CompletableFuture<Integer>();
        Platform.runLater(() -> answer.complete(dialogs.choose(m.get("edit.conflict.title"),
                m.count("edit.conflict.message", 1, 1) + "\n• 2026-11-30-visit-of-the-kosice-delegation.json — "
                        + m.get("edit.conflict.modified"), choices)));
        WaitForAsyncUtils.waitForFxEvents();
        for (String c : choices) {
            Button b = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button x && c.equals(x.getText()))
                    .queryButton();
            assertTrue(fx(() -> b.getWidth() >= b.prefWidth(-1) - 0.5), c + " is cut: " + fx(b::getWidth) + " < "
                    + fx(() -> b.prefWidth(-1)));
        }
        robot.interact(() -> robot.lookup(".dialog-pane .button").match(n -> n instanceof Button x
                && choices.get(2).equals(x.getText())).queryButton().fire());
        assertEquals(2, answer.get(5, TimeUnit.SECONDS));
    }
}
