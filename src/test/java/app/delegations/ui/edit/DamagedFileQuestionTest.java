package app.delegations.ui.edit;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Problem;
import app.delegations.data.save.DiskChange;
import app.delegations.text.Msg;
import app.delegations.ui.KeepsJvmDefaults;
import app.delegations.ui.common.FxDialogs;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The save question over a colleague's broken file (officer7 MINOR-N), as the officer sees it in Polish: the file
 * "zmieniony i uszkodzony" with where, no Reload and re-apply button, each button's whole label, and Enter cancels.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class DamagedFileQuestionTest {
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
    void enterOnTheDamagedFileQuestionCancelsAndNoReloadButtonIsShown(FxRobot robot) throws Exception {
        Messages m = Messages.of(UiLanguage.POLISH);
        Path file = Path.of("data1", "2023-10-18-international-conference.json");
        var damaged = new DamagedFiles(false, Map.of(file, new Problem(Problem.Severity.ERROR, file.getFileName()
                .toString(), 20, 18, "", Msg.of("problem.empty.bom"))));
        String text = ConflictQuestion.message(Map.of(file, DiskChange.Kind.MODIFIED), damaged, m);
        List<String> choices = ConflictQuestion.choices(damaged, m);
        var answer = new CompletableFuture<Integer>();
        Platform.runLater(() -> answer.complete(dialogs.chooseCarefully(m.get("edit.conflict.title"), text,
                choices)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String said = fx(() -> pane.getHeaderText() + "\n" + pane.getContentText());
        assertTrue(said.contains("2023-10-18-international-conference.json — zmieniony i uszkodzony (nie da się go"
                + " wczytać: wiersz 20, kolumna 18)"), said);
        Set<String> shown = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .map(Button::getText).collect(Collectors.toSet());
        assertEquals(Set.of("Zapisz jako…", "Anuluj"), shown, "no reload button");
        for (String c : choices) {
            Button b = robot.lookup(".dialog-pane .button").match(n -> n instanceof Button x && c.equals(x.getText()))
                    .queryButton();
            assertTrue(fx(() -> b.getWidth() >= b.prefWidth(-1) - 0.5), c + " is cut");
        }
        robot.type(KeyCode.ENTER);
        assertEquals(1, answer.get(5, TimeUnit.SECONDS), "Enter: Cancel");
    }
}
