package app.delegations.ui.common;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Problem;
import app.delegations.data.RecordName;
import app.delegations.text.Msg;
import app.delegations.ui.KeepsJvmDefaults;
import atlantafx.base.theme.PrimerLight;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The problems of a bad archive in their dialog, in Polish, on the headless screen (1280×800) (tester 5, D7): every
 * column lies within the dialog (the fix was cut at its right edge, with no scroll bar), each text wraps between
 * words ("Międzynarodow / y Kongres" was broken mid-word), every cell at the top of its row, and each row as high
 * as its wrapped texts.
 */
@ExtendWith({KeepsJvmDefaults.class, ApplicationExtension.class})
class ProblemDialogFitTest {
    private static final Messages PL = Messages.of(UiLanguage.POLISH);

    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()); // the app's theme
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1280, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private static List<Problem> problems() {
        var event = new RecordName("events", 0, "congress", "XIII Międzynarodowy Kongres „Rola technologii "
                + "informacyjnych w rozwoju miast”", null);
        var place = new RecordName("places", 2094, "farod-province-2094", "Obwód Faród", null);
        var kosice = new RecordName("places", 8, "kosice", "Koszyce", null);
        return List.of(
                new Problem(Problem.Severity.ERROR, "/tmp/bigbad/events-001.json", 1309, 20,
                        "events[0].participants[1].place", Msg.of("problem.archive.ref", "\"no-such-place-0\"",
                        Msg.of("ref.place")), event),
                new Problem(Problem.Severity.ERROR, "/tmp/bigbad/places.json", 47947, 13, "places[2094]",
                        Msg.of("problem.archive.differs", "events-375.json:74:13", "places[0]", "names.en",
                                "\"farod-province-2094\""), place),
                new Problem(Problem.Severity.ERROR, "/tmp/bigbad/congress-2016.json", 333, 18, "places[8].country",
                        Msg.of("problem.archive.ref", "\"XX\"", Msg.of("ref.country")), kosice));
    }

    @Test
    void everyColumnLiesInTheDialogAndNoWordIsBroken(FxRobot robot) {
        var dialogs = new FxDialogs(() -> stage, () -> null, () -> PL, uri -> { });
        Platform.runLater(() -> dialogs.showNotOpened("bigbad", problems(), Dialogs.Shown.BUNDLED));
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = fx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().lookup(".dialog-pane") != null).findFirst().orElseThrow());
        try {
            assertFits(dialog);
            robot.interact(() -> dialog.setWidth(868)); // as narrow as it opened on the officer's 1366×768 screen
            assertFits(dialog);
        } finally {
            robot.interact(() -> ((Stage) dialog).close());
        }
    }

    private static void assertFits(Window dialog) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = (TableView<?>) fx(() -> dialog.getScene().lookup("#problemTable"));
        Bounds room = fx(() -> table.localToScene(table.getLayoutBounds()));
        assertTrue(fx(() -> dialog.getX() >= 0 && dialog.getX() + dialog.getWidth() <= 1280), "the dialog on the screen");
        for (TableColumn<?, ?> c : fx(() -> List.copyOf(table.getVisibleLeafColumns()))) {
            Node header = fx(() -> table.lookup("#" + c.getId()));
            Bounds b = fx(() -> header.localToScene(header.getLayoutBounds()));
            assertTrue(b.getMaxX() <= room.getMaxX() + 0.5, () -> c.getId() + " ends within the table: " + b + " in "
                    + room);
            Labeled label = fx(() -> (Labeled) header.lookup(".label"));
            String shown = fx(() -> label.getChildrenUnmodifiable().stream().filter(t -> t instanceof Text)
                    .map(t -> ((Text) t).getText()).findFirst().orElseThrow());
            assertEquals(fx(c::getText), shown.replaceAll("\\s+", " ").strip(),
                    () -> "the header of " + c.getId() + " is read whole");
        }
        int checked = 0;
        Map<Region, Double> tallest = new HashMap<>(); // by row: its tallest text
        for (Node n : fx(() -> List.copyOf(table.lookupAll(".table-cell")))) {
            if (!(n instanceof TableCell<?, ?> cell) || fx(() -> cell.isEmpty() || cell.getTableRow() == null
                    || cell.getTableRow().getItem() == null)) {
                continue;
            }
            Text text = fx(() -> (Text) cell.lookup(".text"));
            String whole = fx(() -> String.valueOf(cell.getItem()));
            Bounds shown = fx(() -> text.localToScene(text.getLayoutBounds()));
            Bounds in = fx(() -> cell.localToScene(cell.getLayoutBounds()));
            assertTrue(shown.getMaxX() <= in.getMaxX() + 0.5 && shown.getMaxY() <= in.getMaxY() + 0.5
                    && shown.getMaxX() <= room.getMaxX() + 0.5,
                    () -> "\"" + whole + "\" lies within its cell and the table: " + shown + " in " + in);
            assertTrue(shown.getMinY() - in.getMinY() < 12, () -> "\"" + whole + "\" at the top of its cell: "
                    + shown + " in " + in);
            tallest.merge(fx(cell::getTableRow), shown.getHeight(), Math::max);
            double wraps = fx(text::getWrappingWidth);
            for (String word : whole.split("\\s+")) {
                double wide = fx(() -> {
                    var measure = new Text(word);
                    measure.setFont(text.getFont());
                    return measure.getLayoutBounds().getWidth();
                });
                assertTrue(wraps <= 0 || wide <= wraps + 0.5, () -> "the word \"" + word + "\" stays on one line: "
                        + wide + " in " + wraps);
            }
            checked++;
        }
        assertTrue(checked >= 15, "every cell of the three rows checked: " + checked);
        tallest.forEach((row, text) -> assertTrue(fx(row::getHeight) - text < 30, () -> "the row is as high as its "
                + "tallest text: " + text + " in " + fx(row::getHeight)));
    }
}
