package app.delegations.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.OwnerStage;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The print dialog as the officer sees it: in Polish, the default printer and its paper chosen, the page count for
 * the paper, a wrong number of copies or pages told under the fields with the field marked and Print disabled,
 * Print (Enter) gives the choice, Cancel and Esc give none.
 */
@ExtendWith(ApplicationExtension.class)
class PrintDialogTest {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PageFormat A5 = new PageFormat(419.53, 595.28, 36, 36, 36, 36);

    private Stage owner;
    private PrintDialog dialog;
    private Stage window;
    private final List<Boolean> closed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        owner = OwnerStage.show(stage);
    }

    @AfterEach
    void closeTheDialog(FxRobot robot) {
        OwnerStage.closeOthers(robot, owner);
    }

    private void open(FxRobot robot, List<PrinterOffer> printers) {
        var model = new PrintDialogModel(Messages.of(UiLanguage.POLISH), printers, 0,
                (printer, paper, landscape) -> printer == 0 && paper == 0 ? PageFormat.A4 : A5,
                format -> format.equals(A5) ? 5 : 3);
        dialog = new PrintDialog(Messages.of(UiLanguage.POLISH), model);
        robot.interact(() -> {
            window = dialog.stage(owner);
            window.setOnHidden(e -> closed.add(true));
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static final List<PrinterOffer> OFFICE = List.of(
            new PrinterOffer("Biuro", List.of("A4 (210 × 297 mm)", "A5 (148 × 210 mm)"), 0, true),
            new PrinterOffer("Sekretariat", List.of("A5 (148 × 210 mm)"), 0, false));

    private static String problem(FxRobot robot) {
        Label label = robot.lookup("#printDialogProblem").queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    @Test
    void theDialogSpeaksPolishAndPrintsAllPagesOfTheDefaultPrinterOnEnter(FxRobot robot) {
        open(robot, OFFICE);
        assertEquals("Drukowanie", window.getTitle());
        ComboBox<String> printer = robot.lookup("#printDialogPrinter").queryComboBox();
        assertEquals(List.of("Biuro", "Sekretariat"), printer.getItems());
        assertEquals("Biuro", printer.getValue());
        assertEquals("A4 (210 × 297 mm)", robot.lookup("#printDialogPaper").<String>queryComboBox().getValue());
        assertEquals("z 3 stron", robot.lookup("#printDialogPageCount").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#printDialogAll").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup("#printDialogFrom").queryAs(TextField.class).isDisabled());
        assertEquals("Drukuj", robot.lookup("#printDialogPrint").queryButton().getText());
        assertEquals("", problem(robot));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true), closed);
        assertEquals(Optional.of(new PrintChoice(0, 0, false, PageFormat.A4, 1, 1, 3)), dialog.result());
    }

    @Test
    void enterOnARadioButtonPrintsAsOnTheOtherFields(FxRobot robot) {
        open(robot, OFFICE);
        RadioButton all = robot.lookup("#printDialogAll").queryAs(RadioButton.class);
        robot.interact(all::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(all.isFocused(), "the radio button has the keyboard");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true), closed, "Enter pressed Print");
        assertEquals(Optional.of(new PrintChoice(0, 0, false, PageFormat.A4, 1, 1, 3)), dialog.result());
    }

    @Test
    void wrongCopiesOrPagesAreToldUnderTheFieldsWhichAreMarkedAndPrintWaits(FxRobot robot) {
        open(robot, OFFICE);
        TextField copies = robot.lookup("#printDialogCopies").queryAs(TextField.class);
        robot.doubleClickOn(copies).write("0");
        assertEquals("Liczba kopii: wpisz liczbę całkowitą od 1 do 99.", problem(robot));
        assertTrue(copies.getPseudoClassStates().contains(DANGER), "the field is marked");
        assertTrue(robot.lookup("#printDialogPrint").queryButton().isDisabled());
        robot.type(KeyCode.BACK_SPACE).write("2");
        assertEquals("", problem(robot));
        assertFalse(copies.getPseudoClassStates().contains(DANGER));

        robot.clickOn("#printDialogRange");
        TextField from = robot.lookup("#printDialogFrom").queryAs(TextField.class);
        TextField to = robot.lookup("#printDialogTo").queryAs(TextField.class);
        assertFalse(from.isDisabled());
        robot.doubleClickOn(to).write("4");
        assertEquals("Do strony: wpisz numer strony od 1 do 3.", problem(robot));
        assertTrue(to.getPseudoClassStates().contains(DANGER));
        assertFalse(from.getPseudoClassStates().contains(DANGER));
        robot.type(KeyCode.BACK_SPACE).write("2");
        robot.doubleClickOn(from).write("2");
        assertEquals("", problem(robot));
        robot.clickOn("#printDialogPrint");
        assertEquals(Optional.of(new PrintChoice(0, 0, false, PageFormat.A4, 2, 2, 2)), dialog.result());
    }

    @Test
    void anotherPaperIsCountedAgainAndAPrinterThatCannotTurnThePageOffersUprightOnly(FxRobot robot) {
        open(robot, OFFICE);
        robot.interact(() -> robot.lookup("#printDialogPaper").<String>queryComboBox().getSelectionModel().select(1));
        assertEquals("z 5 stron", robot.lookup("#printDialogPageCount").queryAs(Label.class).getText());
        robot.clickOn("#printDialogLandscape");
        assertTrue(robot.lookup("#printDialogLandscape").queryAs(RadioButton.class).isSelected());
        robot.interact(() -> robot.lookup("#printDialogPrinter").<String>queryComboBox().getSelectionModel()
                .select(1));
        assertEquals("A5 (148 × 210 mm)", robot.lookup("#printDialogPaper").<String>queryComboBox().getValue());
        assertTrue(robot.lookup("#printDialogLandscape").queryAs(RadioButton.class).isDisabled());
        assertTrue(robot.lookup("#printDialogPortrait").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#printDialogPrint");
        assertEquals(Optional.of(new PrintChoice(1, 0, false, A5, 1, 1, 5)), dialog.result());
    }

    @Test
    void escAndCancelCloseWithoutAChoice(FxRobot robot) {
        open(robot, OFFICE);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true), closed);
        assertEquals(Optional.empty(), dialog.result());
        open(robot, OFFICE);
        robot.clickOn("#printDialogCancel");
        assertEquals(List.of(true, true), closed);
        assertEquals(Optional.empty(), dialog.result());
    }

    @Test
    void withoutAPrinterTheDialogSaysSoAndPrintIsDisabled(FxRobot robot) {
        open(robot, List.of());
        assertEquals("Nie zainstalowano żadnej drukarki, więc nie można wydrukować notatki. Zamiast tego wyeksportuj ją do PDF.",
                problem(robot));
        assertTrue(robot.lookup("#printDialogPrint").queryButton().isDisabled());
        assertTrue(robot.lookup("#printDialogPrinter").queryComboBox().isDisabled());
    }
}
