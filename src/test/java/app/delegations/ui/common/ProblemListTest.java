package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.data.Problem;
import app.delegations.text.Msg;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The problem list an officer reads after a failed open: one problem per row, in the UI's language, the record
 * named in words ("miejsce 2 (Wilno)", not "places[1]"), and Copy all giving the located lines.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemListTest {
    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 900, 420));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
    }

    private static LoadResult load(String bad) throws URISyntaxException {
        Path file = Path.of(ProblemListTest.class.getResource("/bad/" + bad).toURI());
        return new DatasetLoader().load(file);
    }

    @SuppressWarnings("unchecked")
    private TableView<Problem> show(FxRobot robot, Messages m, List<Problem> problems) {
        robot.interact(() -> root.getChildren().setAll(ProblemList.build(m, problems,
                problems.get(0).file(), m.get("dialog.problems.kept"))));
        WaitForAsyncUtils.waitForFxEvents();
        return (TableView<Problem>) robot.lookup("#problemTable").query();
    }

    @Test
    void eachProblemIsARowInPolishWithTheRecordInWords(FxRobot robot) throws URISyntaxException {
        LoadResult r = load("unknown-country.json");
        Messages pl = Messages.of(UiLanguage.POLISH);
        TableView<Problem> table = show(robot, pl, r.problems());
        assertEquals(r.problems().size(), table.getItems().size(), "one row per problem");
        Problem p = table.getItems().get(0);
        assertEquals(47, p.line());
        assertEquals(18, p.column());
        assertEquals("miejsce 2 (Wilno) › country", ProblemList.where(pl, p));
        assertEquals("w tym pliku nie zdefiniowano kraju o identyfikatorze \"XX\"", ProblemList.what(pl, p));
        assertEquals("place 2 (Vilnius) › country", ProblemList.where(Messages.of(UiLanguage.ENGLISH), p));
        assertEquals("dodaj w tym pliku definicję kraju o identyfikatorze \"XX\" albo popraw identyfikator",
                ProblemList.fix(pl, p), "an unknown reference says how to fix it");
        assertEquals(List.of("Wiersz", "Kolumna", "Rekord", "Co jest nie tak", "Jak to poprawić"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals(47, table.getColumns().get(0).getCellData(0));
        assertEquals("miejsce 2 (Wilno) › country", table.getColumns().get(2).getCellData(0));
    }

    /** What is wrong and how to fix it stand in their own columns; copied, they are one sentence again. */
    @Test
    void whatIsWrongAndHowToFixItAreApart(FxRobot robot) throws URISyntaxException {
        Messages pl = Messages.of(UiLanguage.POLISH);
        LoadResult badId = load("bad-id.json");
        TableView<Problem> table = show(robot, pl, badId.problems());
        assertEquals("\"Vilnius Town Hall\" nie jest poprawnym "
                + "identyfikatorem", table.getColumns().get(3).getCellData(0));
        assertEquals("dozwolone są małe litery a–z, cyfry i pojedyncze łączniki, np. \"saint-petersburg\"",
                table.getColumns().get(4).getCellData(0));
        assertEquals("miejsce obrad 1 (Ratusz Wileński) › id", table.getColumns().get(2).getCellData(0));
        Problem comma = load("trailing-comma-object.json").problems().get(0);
        assertEquals("błąd składni JSON: przecinek przed } jest niedozwolony", ProblemList.what(pl, comma));
        assertEquals("usuń przecinek po ostatnim polu", ProblemList.fix(pl, comma));
        assertEquals("błąd składni JSON: przecinek przed } jest niedozwolony: usuń przecinek po ostatnim polu",
                comma.message(pl.texts()));
        Messages en = Messages.of(UiLanguage.ENGLISH);
        assertEquals("this file is not valid JSON: a comma before } is not allowed", ProblemList.what(en, comma));
        assertEquals("remove the comma after the last field", ProblemList.fix(en, comma));
    }

    @Test
    void copyAllGivesTheLocatedLinesInTheUiLanguage(FxRobot robot) throws URISyntaxException {
        LoadResult r = load("duplicate-id.json");
        Messages pl = Messages.of(UiLanguage.POLISH);
        show(robot, pl, r.problems());
        Button copy = robot.lookup("#copyProblems").queryButton();
        assertEquals("Kopiuj wszystko", copy.getText());
        robot.interact(copy::fire);
        String copied = WaitForAsyncUtils.waitForAsyncFx(2000, () -> Clipboard.getSystemClipboard().getString());
        String expected = r.file() + ":81:13: organizacja 2 (Uniwersytet Wileński) › id: powtórzony identyfikator \"vilnius-university\" "
                + "(ma go już organizacja w wierszu 74): nadaj temu rekordowi inny identyfikator; jeśli oba rekordy "
                + "opisują to samo, połącz je w jeden";
        assertEquals(expected, ProblemList.copyText(pl, r.problems()));
        assertEquals(expected, copied);
    }

    @Test
    void problemsWithoutALineShowNoEmptyLineAndColumnColumns(FxRobot robot) {
        var folder = new Problem(Problem.Severity.ERROR, "empty", 0, 0, "", Msg.of("archive.empty"));
        TableView<Problem> table = show(robot, Messages.of(UiLanguage.ENGLISH), List.of(folder));
        assertEquals(List.of("Record", "What is wrong", "How to fix it"),
                table.getColumns().stream().map(c -> c.getText()).toList());
    }

    @Test
    void aProblemOutsideTheRecordsSaysWhereItIs(FxRobot robot) throws URISyntaxException {
        Messages en = Messages.of(UiLanguage.ENGLISH);
        LoadResult version = load("unsupported-version.json");
        assertEquals("schemaVersion", ProblemList.where(en, version.problems().get(0)));
        LoadResult empty = load("empty.json");
        assertEquals("—", ProblemList.where(en, empty.problems().get(0)));
        assertTrue(ProblemList.what(en, empty.problems().get(0)).startsWith("the file is empty"));
    }
}
