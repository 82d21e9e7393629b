package app.delegations;

import static app.delegations.AppTest.fx;
import static app.delegations.AppTest.settled;
import static app.delegations.AppTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.ArchiveLoader;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.WorldCountries;
import app.delegations.model.Place;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestArchive;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.forms.FormModel;
import app.delegations.ui.places.PlaceRow;
import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The officer's form never edits a record other than the one selected unseen (officer6 MAJOR-1 and MAJOR-2), in
 * Polish: F2 on Sofia, then a click on Chaskowo closes Sofia's unchanged form and F2 opens Chaskowo's; a form with
 * typed changes stays, naming its record, and F2 on another record asks before dropping them (Enter: back to the
 * form); Ctrl+Q, File › Quit or closing the window with such a form asks too, and "Wróć do formularza" keeps the
 * window and the form with its text.
 */
class FormFollowsSelectionStoryTest extends WindowStory {
    @TempDir
    Path dir;
    private Path folder;

    @Override
    UiLanguage language() {
        return UiLanguage.POLISH;
    }

    @BeforeEach
    void openACopyOfTheCongress(FxRobot robot) {
        folder = TestArchive.congressCopy(dir, "archiwum");
        openArchive(robot, folder);
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1); // Places
    }

    /** Clicks the row of the place named {@code name} (Polish) in the Places table. */
    private void clickPlace(FxRobot robot, String name) {
        fx(() -> {
            TableView<PlaceRow> table = TestWindows.placesView(app).table();
            table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(table::scrollTo);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() instanceof PlaceRow p
                && p.name().equals(name)).query();
        robot.clickOn(row);
        waitUntil(() -> settled(app));
    }

    private String selectedId() {
        return fx(() -> app.workspace().selection().get() instanceof Place p ? p.id() : null);
    }

    /** The id of the record the open form edits, or null when no form is open. */
    private String formId() {
        FormModel form = form();
        return form == null ? null : fx(() -> form.idProperty().get());
    }

    private String typedEnglishName() {
        return fx(() -> form().field("names.en").value());
    }

    private void f2(FxRobot robot) {
        keys(robot, KeyCode.F2);
        waitUntil(() -> settled(app));
    }

    /** Whether the keyboard is in the open form. */
    private boolean focusInForm() {
        return fx(() -> {
            for (Node n = app.stage().getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if ("recordForm".equals(n.getId())) {
                    return true;
                }
            }
            return false;
        });
    }

    private String englishNameOnDisk(String id) {
        return new ArchiveLoader(new DatasetLoader(new WorldCountries())).open(folder, LoadProgress.NONE).result()
                .datasetOrNull().place(id).orElseThrow().names().en();
    }

    @Test
    void anUnchangedFormClosesWhenAnotherRowIsClickedAndF2OpensTheFormOfTheRowClicked(FxRobot robot) {
        clickPlace(robot, "Sofia");
        f2(robot);
        assertEquals("sofia", formId());

        clickPlace(robot, "Chaskowo");
        assertEquals("haskovo", selectedId());
        assertNull(form(), "Sofia's form, unchanged, closes as Esc would close it");
        assertTrue(fx(() -> app.window().lookup("#detailsPane").lookup("#detailsEdit").isVisible()),
                "the details of Chaskowo are shown, with their Edit button");

        f2(robot);
        assertEquals("haskovo", formId(), "F2 opens the form of the selected record");
        assertEquals(List.of(), dialogs.asked, "nothing to ask: nothing was typed");
    }

    @Test
    void aFormOpenedBeforeTheClickOnAnotherRowWasHandledFollowsTheClick(FxRobot robot) {
        clickPlace(robot, "Sofia");
        fx(() -> { // F2, and the click on Chaskowo taken before the form was ever drawn (a window slow under load)
            var forms = TestWindows.feature(app, DetailsFeature.class).forms();
            forms.editSelected();
            TableView<PlaceRow> table = TestWindows.placesView(app).table();
            table.getItems().stream().filter(r -> r.name().equals("Chaskowo")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            return null;
        });
        waitUntil(() -> settled(app));
        assertEquals("haskovo", selectedId());
        assertNull(form(), "no form of Sofia under Chaskowo's highlighted row");

        f2(robot);
        assertEquals("haskovo", formId());
    }

    @Test
    void aChangedFormStaysAndF2OnAnotherRecordAsksBeforeDroppingIt(FxRobot robot) {
        clickPlace(robot, "Sofia");
        f2(robot);
        typeInField(robot, "names-en", " poprawka");
        String typed = typedEnglishName();
        assertTrue(typed.contains("poprawka"), typed);

        clickPlace(robot, "Chaskowo");
        assertEquals("haskovo", selectedId());
        assertEquals("sofia", formId(), "typed work is never thrown away by a click: the form stays, naming Sofia");
        assertEquals(typed, typedEnglishName());

        f2(robot); // the recording dialogs answer the default, as Enter does: back to the form
        assertEquals(1, dialogs.askedCarefully.size(), "asked so that Enter keeps the form: " + dialogs.asked);
        RecordingDialogs.Choice asked = dialogs.askedCarefully.get(0);
        assertEquals("Niezatwierdzone zmiany w formularzu", asked.title());
        assertEquals("W formularzu „Edycja miejsca” (sofia) są niezatwierdzone zmiany. Odrzucić je i otworzyć "
                + "zamiast niego formularz „Edycja miejsca” (haskovo)? „Wróć do formularza” pozostawia formularz "
                + "„Edycja miejsca” (sofia) w obecnym stanie.", asked.message());
        assertEquals(List.of("_Odrzuć zmiany", "Wróć do formularza"), asked.choices());
        assertEquals("sofia", formId());
        assertEquals(typed, typedEnglishName(), "what was typed is still there");
        assertTrue(focusInForm(), "the keyboard is back in the form");

        fx(() -> dialogs.choices.add(0)); // Odrzuć zmiany
        f2(robot);
        assertEquals("haskovo", formId(), "discarded: the form of the selected record");
        assertEquals("Haskovo", typedEnglishName());
    }

    @Test
    void ctrlNWithAFormOpenOpensTheNewFormAskingFirstOnlyWhenSomethingWasTyped(FxRobot robot) {
        clickPlace(robot, "Sofia");
        f2(robot);
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> settled(app));
        assertEquals("Nowe miejsce", fx(() -> form().heading()), "Sofia's unchanged form gave way to a new place's");
        assertEquals(List.of(), dialogs.asked, "nothing to ask: nothing was typed");

        typeInField(robot, "names-en", "Novi Sad");
        keys(robot, KeyCode.CONTROL, KeyCode.N); // the new place's form is the one asked for: nothing is dropped
        waitUntil(() -> settled(app));
        assertEquals("Novi Sad", typedEnglishName());
        assertTrue(focusInForm(), "the keyboard is back in the form");
        assertEquals(List.of(), dialogs.asked);

        clickPlace(robot, "Chaskowo");
        f2(robot); // the recording dialogs answer the default, as Enter does: back to the form
        assertEquals(1, dialogs.askedCarefully.size(), "F2 on Chaskowo asks: " + dialogs.asked);
        assertEquals("W formularzu „Nowe miejsce” (novi-sad) są niezatwierdzone zmiany. Odrzucić je i otworzyć "
                + "zamiast niego formularz „Edycja miejsca” (haskovo)? „Wróć do formularza” pozostawia formularz "
                + "„Nowe miejsce” (novi-sad) w obecnym stanie.", dialogs.askedCarefully.get(0).message());
        assertEquals("Novi Sad", typedEnglishName(), "back to the form: what was typed is still there");

        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT6); // Events: Ctrl+N proposes a new event
        fx(() -> dialogs.choices.add(0)); // Odrzuć zmiany
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> settled(app));
        assertEquals(2, dialogs.askedCarefully.size(), "asked again before the typed place is dropped");
        assertTrue(dialogs.askedCarefully.get(1).message().contains("formularz „Nowe wydarzenie”"),
                dialogs.askedCarefully.get(1).message());
        assertEquals("Nowe wydarzenie", fx(() -> form().heading()));
    }

    @Test
    void quittingWithTypedChangesInAFormAsksAndBackToTheFormKeepsTheWindowAndTheText(FxRobot robot) {
        clickPlace(robot, "Płowdiw");
        f2(robot);
        typeInField(robot, "names-en", " poprawka");
        String typed = typedEnglishName();

        keys(robot, KeyCode.CONTROL, KeyCode.Q); // the recording dialogs answer the default: back to the form
        assertEquals(1, dialogs.askedCarefully.size(), "Ctrl+Q asks: " + dialogs.asked);
        assertEquals("W formularzu „Edycja miejsca” (plovdiv) są niezatwierdzone zmiany. Odrzucić je? "
                + "„Wróć do formularza” pozostawia okno i formularz w obecnym stanie.",
                dialogs.askedCarefully.get(0).message());
        assertEquals(List.of("_Odrzuć zmiany", "Wróć do formularza"), dialogs.askedCarefully.get(0).choices());
        assertTrue(fx(() -> app.stage().isShowing()), "the window stays");
        assertEquals("plovdiv", formId());
        assertEquals(typed, typedEnglishName(), "with the form and its text");

        fx(() -> { // closing the window asks the same
            Event.fireEvent(app.stage(), new WindowEvent(app.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        assertEquals(2, dialogs.askedCarefully.size());
        assertTrue(fx(() -> app.stage().isShowing()));
        assertEquals(typed, typedEnglishName());

        fx(() -> dialogs.choices.add(0)); // Odrzuć zmiany: nothing else unsaved, the window closes
        keys(robot, KeyCode.CONTROL, KeyCode.Q);
        waitUntil(() -> !app.stage().isShowing());
        assertEquals(2 + 1, dialogs.askedCarefully.size());
        assertEquals(3, dialogs.asked.size(), "no unsaved-changes question after: nothing was applied");
        assertEquals("Plovdiv", englishNameOnDisk("plovdiv"));
    }
}
