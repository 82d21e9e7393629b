package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Archive;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Clipboard;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TextArea;
import app.delegations.model.Source;
import app.delegations.model.Citation;
import app.delegations.data.edit.EditArchive;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.forms.FormRow;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An officer records the 12 March 2025 visit of a Kyiv delegation to Kraków in the window: the new place Kyiv
 * (its country from the world list) from the "+" of Places, then the event from New (Ctrl+N), saved with Ctrl+S;
 * its note pasted as a new source and two passages cited (for the visit, and for Kraków's name); the archive opened
 * again, the visit and its citations are read back and searching "Kyiv" finds it.
 */
class RecordVisitStoryTest extends WindowStory {
    private static final String NOTE = "Delegacja z Kijowa odwiedziła Kraków 12 marca 2025 r.\n"
            + "Goście z Kijowa spotkali się z władzami miasta w Krakowie.";
    private Path office;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheArchive(FxRobot robot) {
        office = EditArchive.write(dir, "office");
        openArchive(robot, office);
    }

    private void set(FxRobot robot, String path, String value) {
        robot.interact(() -> form().field(path).valueProperty().set(value));
    }

    private void apply(FxRobot robot) {
        waitUntil(() -> form().canApplyProperty().get());
        robot.clickOn("#formApply");
        waitUntil(() -> settled(app) && form() == null);
    }

    /** Selects {@code passage} in the Source view's note and cites it, by Cite for…, for the record found by typing. */
    private void cite(FxRobot robot, String passage, String search) {
        if (!fx(() -> robot.lookup("#sourceSelectMode").queryAs(ToggleButton.class).isSelected())) {
            robot.clickOn("#sourceSelectMode");
        }
        TextArea area = robot.lookup("#sourceSelectable").queryAs(TextArea.class);
        robot.interact(() -> {
            int at = area.getText().indexOf(passage);
            area.selectRange(at, at + passage.length());
        });
        robot.clickOn("#sourceCite");
        robot.clickOn("#citeSearch").write(search).type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> robot.lookup("#citeConfirm").query().isDisabled()) == Boolean.FALSE);
        robot.clickOn("#citeConfirm");
        waitUntil(() -> settled(app) && robot.lookup("#citePane").tryQuery().isEmpty());
    }

    @Test
    void f2InThePlacesTableOpensTheSelectedPlacesForm(FxRobot robot) {
        TableView<PlaceRow> places = robot.lookup("#placesTable").queryTableView();
        robot.interact(() -> places.getSelectionModel().select(0));
        String id = fx(() -> places.getSelectionModel().getSelectedItem().id());
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.F2).release(KeyCode.F2); // the table's own F2 (cell editing) must not swallow it
        waitUntil(() -> form() != null);
        assertEquals(id, fx(() -> form().idProperty().get()));
    }

    @Test
    void recordTheVisitOfAKyivDelegationToKrakowSaveReopenAndFindIt(FxRobot robot) {
        robot.clickOn("#newPlace");
        typeInField(robot, "names-pl", "Kijow");
        typeInField(robot, "names-en", "Kyiv");
        set(robot, "names.native", "Київ");
        set(robot, "country", "UA"); // picked from the world list
        waitUntil(() -> robot.lookup("#formId").queryAs(TextField.class).getText().equals("kyiv"));
        apply(robot);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> form() != null);
        fx(() -> {
            TestWindows.feature(app, DetailsFeature.class).forms().changeKind(Event.class);
            return null;
        });
        typeInField(robot, "title-pl", "Wizyta delegacji Kijowa");
        typeInField(robot, "title-en", "Visit of a Kyiv delegation");
        set(robot, "title.native", "Візит делегації Києва");
        typeInField(robot, "start", "12 Mar 2025");
        set(robot, "place", "krakow");
        fx(() -> {
            FormRow host = form().rows("participants").add();
            host.fields().get(0).valueProperty().set("krakow");
            host.fields().get(1).valueProperty().set(PlaceRole.HOST.json());
            FormRow guest = form().rows("participants").add();
            guest.fields().get(0).valueProperty().set("kyiv");
            return null;
        });
        apply(robot);

        // the note of the visit pasted as a new source (File › New source in the Source view), two passages cited
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sourceNew").tryQuery().isPresent());
        robot.clickOn("#sourceNew");
        robot.interact(() -> {
            var clip = new ClipboardContent();
            clip.putString(NOTE);
            Clipboard.getSystemClipboard().setContent(clip);
        });
        robot.clickOn("#newSourceText").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        // the fields under the note's text lie below the fold: given the keyboard, each is scrolled into sight
        robot.interact(() -> robot.lookup("#newSourceTitlePl").query().requestFocus());
        robot.clickOn("#newSourceTitlePl").write("Notatka z wizyty");
        robot.interact(() -> robot.lookup("#newSourceTitleEn").query().requestFocus());
        robot.clickOn("#newSourceTitleEn").write("Note of the Kyiv visit");
        DatePicker date = robot.lookup("#newSourceDate").queryAs(DatePicker.class);
        robot.interact(date::requestFocus);
        robot.clickOn(date.getEditor()).write("12 Mar 2025").type(KeyCode.TAB);
        waitUntil(() -> fx(() -> robot.lookup("#newSourceCreate").query().isDisabled()) == Boolean.FALSE);
        robot.clickOn("#newSourceCreate");
        waitUntil(() -> settled(app) && robot.lookup("#newSourcePane").tryQuery().isEmpty());
        cite(robot, "Kijowa odwiedziła", "kyiv delegation");
        cite(robot, "w Krakowie", "krakow");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> settled(app) && !app.editing().session().dirty());
        assertEquals(List.of(), dialogs.errors);

        openArchive(robot, office);
        Dataset shown = fx(() -> app.workspace().current().dataset());
        Event visit = shown.events().stream().filter(e -> e.title().en().equals("Visit of a Kyiv delegation"))
                .findFirst().orElseThrow(() -> new AssertionError("the saved visit is read again: " + shown));
        assertEquals(LocalDate.of(2025, 3, 12), visit.start());
        assertEquals("krakow", visit.place());
        assertEquals(List.of("krakow", "kyiv"), visit.participants().stream().map(Participation::place).toList());
        Source note = shown.sources().stream().filter(x -> x.text().equals(NOTE)).findFirst()
                .orElseThrow(() -> new AssertionError("the pasted note is saved under sources/ and read again"));
        assertEquals(List.of("Kijowa odwiedziła"), visit.evidence().stream().filter(c -> note.id().equals(c.source()))
                .map(Citation::quote).toList(), "the visit cites the first passage");
        assertTrue(shown.place("krakow").orElseThrow().evidence().stream()
                .anyMatch(c -> note.id().equals(c.source()) && c.quote().equals("w Krakowie")),
                "Kraków cites the second");
        Archive onDisk = EditArchive.open(office);
        assertEquals(List.of(), onDisk.result().problems(), "the archive on disk loads without problems");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Kyiv");
        waitUntil(() -> settled(app) && TestWindows.feature(app, EventsFeature.class).viewModel().items().stream()
                .map(EventRow::id).toList().equals(List.of(visit.id())));
        assertTrue(fx(() -> TestWindows.places(app).items().stream().anyMatch(r -> r.id().equals("kyiv"))));
    }
}
