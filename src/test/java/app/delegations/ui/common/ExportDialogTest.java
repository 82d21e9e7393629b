package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog proposes the language's separator and XLSX, offers the selected rows only when rows are
 * selected, and answers what the officer chose; the progress window shows how far it got and its Cancel stops.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.centerOnScreen(); // and a place: the dialog, centred on it, must lie on the screen for the robot
        stage.show();
    }

    private CompletableFuture<Optional<ExportChoice>> ask(UiLanguage language, boolean canSelected) {
        var answer = new CompletableFuture<Optional<ExportChoice>>();
        Platform.runLater(() -> answer.complete(ExportDialog.ask(stage, Messages.of(language), "Export",
                ExportChoice.proposed(language), canSelected)));
        // the dialog shown, sized and centred on the window before the robot aims at its buttons
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        } catch (TimeoutException e) {
            throw new AssertionError("no export dialog shown", e);
        }
        WaitForAsyncUtils.waitForFxEvents(5);
        return answer;
    }

    private static <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    @Test
    void csvWithTheSeparatorChosenAndOnlyTheSelectedRows(FxRobot robot) throws Exception {
        var answer = ask(UiLanguage.POLISH, true);
        assertTrue(node(robot, "#exportXlsx", RadioButton.class).isSelected(), "XLSX proposed");
        @SuppressWarnings("unchecked")
        ComboBox<Character> separator = node(robot, "#exportSeparator", ComboBox.class);
        assertEquals(';', separator.getValue(), "a semicolon in Polish");
        assertTrue(separator.isDisabled(), "the separator is for CSV");
        robot.clickOn("#exportCsv");
        // the radio button's toggle reaches the separator through the FX thread's queue: under load, a pulse later
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !separator.isDisabled());
        robot.interact(() -> separator.setValue('\t'));
        robot.clickOn("#exportSelectedRows");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Eksportuj".equals(b.getText()))
                .queryButton());
        assertEquals(Optional.of(new ExportChoice(ExportFormat.CSV, '\t', true)), answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void withNoRowsSelectedOnlyAllRowsCanBeChosenAndCancelAnswersNothing(FxRobot robot) throws Exception {
        var answer = ask(UiLanguage.ENGLISH, false);
        assertEquals(',', node(robot, "#exportSeparator", ComboBox.class).getValue(), "a comma in English");
        assertTrue(node(robot, "#exportSelectedRows", RadioButton.class).isDisabled());
        assertTrue(node(robot, "#exportAllRows", RadioButton.class).isSelected());
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Cancel".equals(b.getText()))
                .queryButton());
        assertEquals(Optional.empty(), answer.get(5, TimeUnit.SECONDS));
    }

    /** Enter on a radio button (the format, the rows) presses Export, as it does on the other fields. */
    @Test
    void enterOnARadioButtonExports(FxRobot robot) throws Exception {
        var answer = ask(UiLanguage.ENGLISH, true);
        RadioButton rows = node(robot, "#exportAllRows", RadioButton.class);
        robot.interact(rows::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows.isFocused(), "the radio button has the keyboard");
        robot.type(KeyCode.ENTER);
        assertEquals(Optional.of(new ExportChoice(ExportFormat.XLSX, ',', false)), answer.get(5, TimeUnit.SECONDS));
    }

    /** The radio button with the keyboard is ringed, in the window's theme (the dialog takes its style sheets). */
    @Test
    void theRadioButtonWithTheKeyboardShowsAFocusRing(FxRobot robot) throws Exception {
        robot.interact(() -> stage.getScene().getStylesheets().setAll(new PrimerDark().getUserAgentStylesheet(),
                getClass().getResource("/app/delegations/ui/app.css").toExternalForm()));
        try {
            var answer = ask(UiLanguage.ENGLISH, true);
            RadioButton rows = node(robot, "#exportAllRows", RadioButton.class);
            RadioButton format = node(robot, "#exportXlsx", RadioButton.class);
            robot.interact(rows::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(rows.isFocused(), "the radio button has the keyboard");
            assertTrue(ringed(rows), "the focused radio button is ringed");
            assertFalse(ringed(format), "the others are not");
            robot.interact(format::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(ringed(format) && !ringed(rows), "the ring follows the keyboard");
            robot.type(KeyCode.ESCAPE);
            assertEquals(Optional.empty(), answer.get(5, TimeUnit.SECONDS));
        } finally {
            robot.interact(() -> stage.getScene().getStylesheets().clear());
        }
    }

    private static boolean ringed(RadioButton radio) {
        var border = radio.getBorder();
        return border != null && border.getStrokes().stream().anyMatch(
                st -> st.getWidths().getTop() >= 1 && !Color.TRANSPARENT.equals(st.getTopStroke()));
    }
}
