package app.delegations.ui.source;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.edit.Change;
import app.delegations.data.edit.RecordEdit;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import app.delegations.ui.common.MemoryEditing;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.DetailsView;
import app.delegations.ui.details.DetailsViewModel;
import app.delegations.ui.filter.FilterModel;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An officer records where a new event's facts come from: pastes the note as a new source, selects two passages
 * in the Source view and cites them, by "Cite for…", for the new event and for a place; the detail pane's badges
 * show them, and the event is no longer marked "no source yet".
 */
@ExtendWith(ApplicationExtension.class)
class CitingStoryTest {
    private static final String NOTE = "Delegacja z Kijowa odwiedziła Kraków 12 marca 2025 r.\n"
            + "Goście z Kijowa spotkali się z władzami miasta w Krakowie.";
    private final Messages m = Messages.of(UiLanguage.ENGLISH);
    private final Selection selection = new Selection();
    private final MemoryEditing editing = new MemoryEditing(TestData.congress());
    private SourceFeature feature;
    private SourceView source;
    private DetailsViewModel details;
    private FilterModel filter;

    @Start
    void start(Stage stage) {
        feature = new SourceFeature(selection, editing);
        filter = new FilterModel();
        details = new DetailsViewModel(selection, filter);
        editing.onShown(this::show);
        show(editing.dataset());
        source = new SourceView(feature.viewModel(), selection, m, feature.citing());
        var pane = new DetailsView(details, m, e -> { });
        HBox.setHgrow(source, Priority.ALWAYS);
        pane.setPrefWidth(380);
        stage.setScene(new Scene(new HBox(source, pane), 1200, 760));
        stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
        stage.show();
        stage.requestFocus();
    }

    /** The data as the window shows an edit: every view gets it, the selection follows its record. */
    private void show(Dataset d) {
        var index = DatasetIndex.build(d);
        filter.setIndex(index);
        feature.viewModel().setData(d);
        details.setData(index, m);
        if (selection.get() != null) {
            d.same(selection.get()).ifPresent(selection::select);
        }
    }

    private String text(FxRobot robot, String id) {
        Labeled l = robot.lookup(id).queryLabeled();
        return fx(l::getText);
    }

    /** Selects the passage in the Source view's selectable text and chooses Cite for…, for the record found by typing. */
    private void cite(FxRobot robot, String passage, int occurrence, String search) {
        if (!fx(() -> robot.lookup("#sourceSelectMode").queryAs(ToggleButton.class).isSelected())) {
            robot.clickOn("#sourceSelectMode");
        }
        TextArea area = robot.lookup("#sourceSelectable").queryAs(TextArea.class);
        robot.interact(() -> {
            int at = -1;
            for (int i = 0; i <= occurrence; i++) {
                at = area.getText().indexOf(passage, at + 1);
            }
            area.selectRange(at, at + passage.length());
        });
        robot.clickOn("#sourceCite");
        robot.clickOn("#citeSearch").write(search).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pasteANoteCiteTwoPassagesForANewEventAndAPlaceTheBadgesShowThem(FxRobot robot) {
        // a new event, recorded before its source was at hand
        var visit = new Event("kyiv-visit-2025", EventKind.VISIT, new Names("Wizyta delegacji Kijowa",
                "Visit of the Kyiv delegation", "Візит делегації Києва"), null, LocalDate.of(2025, 3, 12),
                LocalDate.of(2025, 3, 12), 1, null, "krakow", null, List.of(), List.of(), List.of(), List.of());
        robot.interact(() -> {
            editing.commit(Change.of(RecordEdit.add(visit)));
            selection.select(editing.dataset().event(visit.id()).orElseThrow());
        });
        assertEquals("no source yet", text(robot, "#detailsNoSource"));

        // File › New source: the note pasted, its titles typed, its date chosen
        robot.clickOn("#sourceNew");
        robot.interact(() -> {
            var clip = new ClipboardContent();
            clip.putString(NOTE.replace("\n", "\r\n"));
            Clipboard.getSystemClipboard().setContent(clip);
        });
        robot.clickOn("#newSourceText").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.clickOn("#newSourceTitlePl").write("Notatka z wizyty");
        robot.clickOn("#newSourceTitleEn").write("Note of the Kyiv visit");
        robot.interact(() -> feature.citing().newSource().dateProperty().set(LocalDate.of(2025, 3, 12)));
        assertEquals("", text(robot, "#newSourceProblems"));
        robot.clickOn("#newSourceCreate"); // pinned below the form's fields: in sight without scrolling
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("note-of-the-kyiv-visit", fx(() -> feature.viewModel().sourceProperty().get().id()));
        assertEquals(NOTE, fx(() -> feature.viewModel().sourceProperty().get().text()), "line ends as the loader reads them");
        assertFalse(robot.lookup("#newSourcePane").tryQuery().isPresent());

        // the first passage, for the event as a whole: "Kijowa" comes twice, so the quote is widened
        cite(robot, "Kijowa", 0, "kyiv visit");
        assertEquals("For: Visit of the Kyiv delegation — event", text(robot, "#citeRecord"));
        assertEquals("“Kijowa odwiedziła”", text(robot, "#citeQuote"));
        robot.clickOn("#citeConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#citePane").tryQuery().isPresent());
        assertFalse(robot.lookup("#detailsNoSource").tryQuery().isPresent(), "the event has a source now");
        assertTrue(robot.lookup("#detailsRecordEvidence").tryQuery().isPresent());
        assertEquals("quote", fx(() -> robot.lookup("#detailsRecordEvidence").queryAs(ToggleButton.class).getText())
                .replaceAll(" .*", ""));

        // the second, for Kraków's Polish name
        cite(robot, "Krakowie", 0, "krakow");
        assertEquals("For: Kraków — place", text(robot, "#citeRecord"));
        robot.clickOn("#citeField-names-pl");
        press(robot, "#citeConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        Place krakow = editing.dataset().place("krakow").orElseThrow();
        Citation added = krakow.evidence().get(krakow.evidence().size() - 1);
        assertEquals(List.of("names.pl"), added.fields());
        assertEquals("Krakowie", added.quote(), "found only there: Kraków is another word");
        robot.interact(() -> selection.select(krakow));
        // the badge of the Polish name, expanded, shows the quote
        Node names = robot.lookup("#details-section-names").query();
        ToggleButton badge = robot.from(names).lookup(".evidence-badge").queryAs(ToggleButton.class);
        robot.clickOn(badge);
        assertTrue(robot.from(names).lookup(".evidence-quote").queryAll().stream()
                .map(n -> fx(() -> n instanceof Labeled l ? l.getText() : String.valueOf(n.lookup(".label"))))
                .anyMatch(t -> t.contains(added.quote())), "the quote is under the name");
        assertEquals(4, editing.commits().size(), "the event, the source and each citation: one change each");
    }

    /** Presses a button of the form by the keyboard, as an officer who tabbed to it does. */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
