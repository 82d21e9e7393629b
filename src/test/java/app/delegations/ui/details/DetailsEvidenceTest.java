package app.delegations.ui.details;

import static app.delegations.ui.OnFx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Basis;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.model.Place;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.IdentityHashMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The evidence in the detail pane: one compact badge per fact, showing nothing of the quote until it is
 * expanded (by mouse, Enter or Space), each citation once, and never "as cited above"; in English and Polish.
 */
@ExtendWith(ApplicationExtension.class)
class DetailsEvidenceTest {
    private final Dataset data = TestData.congress();
    private final Selection selection = new Selection();
    private Stage stage;
    private DetailsView view;
    private DetailsViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Parent() {
        }, 420, 600));
        stage.show();
    }

    /** Shows the details of the record in the language, in a fresh pane. */
    private void show(FxRobot robot, UiLanguage language, Entity record) {
        show(robot, language, record, data);
    }

    /** Shows the details of the record, one of {@code data}'s, in the language, in a fresh pane. */
    private void show(FxRobot robot, UiLanguage language, Entity record, Dataset data) {
        robot.interact(() -> {
            var filter = new FilterModel();
            var index = DatasetIndex.build(data);
            filter.setIndex(index);
            vm = new DetailsViewModel(selection, filter);
            vm.setData(index, Messages.of(language));
            view = new DetailsView(vm, Messages.of(language), e -> {
            });
            stage.setScene(new Scene(view, 420, 600));
            stage.sizeToScene(); // the stage TestFX shares may keep a size a window test gave it
            selection.select(record);
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The fact whose label reads {@code label}. */
    private Node fact(FxRobot robot, String label) {
        return robot.lookup("#detailsView .fact").match((Node f) -> robot.from(f).lookup(".fact-label")
                .queryAll().stream().anyMatch(l -> ((Labeled) l).getText().equals(label))).query();
    }

    private static List<ToggleButton> badges(FxRobot robot, Node within) {
        var list = new ArrayList<ToggleButton>();
        robot.from(within).lookup(".evidence-badge").queryAll().forEach(n -> list.add((ToggleButton) n));
        return list;
    }

    private static ToggleButton badge(FxRobot robot, Node fact) {
        var list = badges(robot, fact);
        assertEquals(1, list.size(), "one badge on the fact");
        return list.get(0);
    }

    /** True when the node and every node above it is visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every text the pane shows (labels, links, badges), visible or not. */
    private List<String> texts(FxRobot robot, boolean visibleOnly) {
        return fx(() -> {
            var list = new ArrayList<String>();
            for (Node n : robot.from(view).lookup((Node x) -> x instanceof Labeled).queryAll()) {
                if ((!visibleOnly || shown(n)) && ((Labeled) n).getText() != null) {
                    list.add(((Labeled) n).getText());
                }
            }
            return list;
        });
    }

    private List<String> visibleTexts(FxRobot robot, String style) {
        return fx(() -> {
            var list = new ArrayList<String>();
            for (Node n : robot.from(view).lookup(style).queryAll()) {
                if (shown(n) && n instanceof Labeled l) {
                    list.add(l.getText());
                }
            }
            return list;
        });
    }

    /** Each fact has at most one badge, no quote or reason is laid out, and nothing says "cited above". */
    private void assertCompact(FxRobot robot, String... neverSaid) {
        for (Node f : robot.lookup("#detailsView .fact").queryAll()) {
            assertTrue(badges(robot, f).size() <= 1, "at most one badge per fact");
        }
        assertTrue(robot.lookup("#detailsView .evidence-quote").queryAll().isEmpty(), "no quote before a click");
        assertTrue(robot.lookup("#detailsView .evidence-reason").queryAll().isEmpty(), "no reason before a click");
        for (String text : texts(robot, false)) {
            for (String never : neverSaid) {
                assertFalse(text.contains(never), text);
            }
        }
    }

    @Test
    void aPlacesDetailsShowOneBadgePerFactAndTheQuoteOnlyWhenExpanded(FxRobot robot) {
        show(robot, UiLanguage.ENGLISH, data.place("kosice").orElseThrow());
        assertCompact(robot, "cited above", "as cited");

        Node polishName = fact(robot, "Polish name");
        ToggleButton badge = badge(robot, polishName);
        assertEquals("quote ▸", badge.getText());
        assertEquals("Stated in the source, 1 citation: Enter or Space shows or hides the evidence",
                badge.getAccessibleText());
        assertTrue(badges(robot, fact(robot, "Country")).isEmpty(),
                "the country is stated by the same citation as the Polish name: shown there, once");

        robot.clickOn(badge);
        assertEquals("quote ▾", badge.getText());
        assertEquals(List.of("“Słowacji (Koszyce)”"), visibleTexts(robot, ".evidence-quote"));
        assertEquals(List.of("Also supports: Country"), visibleTexts(robot, ".evidence-also"));
        assertEquals(List.of("Show in source"), visibleTexts(robot, ".evidence-show"));
        assertTrue(visibleTexts(robot, ".evidence-source").get(0).startsWith("Note on Kraków"),
                "the source's title: " + visibleTexts(robot, ".evidence-source"));

        robot.clickOn(badge);
        assertEquals("quote ▸", badge.getText());
        assertTrue(visibleTexts(robot, ".evidence-quote").isEmpty(), "collapsed again");
    }

    @Test
    void aReferenceFactShowsWhichReferenceAndTheFactsItAlsoSupports(FxRobot robot) {
        show(robot, UiLanguage.ENGLISH, data.place("kosice").orElseThrow());
        ToggleButton badge = badge(robot, fact(robot, "English name"));
        assertEquals("ref. ▸", badge.getText());
        assertTrue(fx(() -> badge.getStyleClass().contains("evidence-badge-reference")));
        for (String later : List.of("Native name", "Kind", "Coordinates")) {
            assertTrue(badges(robot, fact(robot, later)).isEmpty(), later + " has its citation at the English name");
        }
        robot.clickOn(badge);
        var reasons = visibleTexts(robot, ".evidence-reason");
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("Reference data: the kind (a city), English name"), reasons.get(0));
        assertEquals(List.of("Also supports: Native name, Kind, Coordinates"), visibleTexts(robot, ".evidence-also"));
        assertTrue(visibleTexts(robot, ".evidence-show").isEmpty(), "reference data has no passage to show");
    }

    @Test
    void theRolesAtTheMeetingsAreNotCitedAgain(FxRobot robot) {
        show(robot, UiLanguage.ENGLISH, data.place("kosice").orElseThrow());
        assertTrue(badges(robot, fact(robot, "Role")).isEmpty(), "each role's citation is at its meeting");
        ToggleButton congress = badges(robot, fact(robot, "29–30 November 2016")).get(0);
        assertEquals("quote ×2 ▸", congress.getText(), "two passages name Košice at the congress");
        assertTrue(congress.getAccessibleText().contains("2 citations"), congress.getAccessibleText());
        robot.clickOn(congress);
        assertEquals(2, visibleTexts(robot, ".evidence-quote").size());
        assertEquals(List.of("Also supports: Role"), visibleTexts(robot, ".evidence-also"), "once for both");
    }

    @Test
    void theKeyboardReachesABadgeAndExpandsAndCollapsesIt(FxRobot robot) {
        show(robot, UiLanguage.ENGLISH, data.place("kosice").orElseThrow());
        robot.interact(view::requestFocus);
        Node focused = null;
        for (int i = 0; i < 40; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            focused = fx(() -> stage.getScene().getFocusOwner());
            if (focused != null && focused.getStyleClass().contains("evidence-badge")) {
                break;
            }
        }
        assertNotNull(focused);
        assertTrue(focused.getStyleClass().contains("evidence-badge"), "Tab reaches a badge: " + focused);
        var badge = (ToggleButton) focused;
        assertTrue(visibleTexts(robot, ".evidence-quote").isEmpty());

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(badge::isSelected), "Enter expands");
        assertFalse(visibleTexts(robot, ".evidence-quote").isEmpty());

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(badge::isSelected), "Space collapses");
        assertTrue(visibleTexts(robot, ".evidence-quote").isEmpty());

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(badge::isSelected), "Space expands");
    }

    @Test
    void inPolishTheBadgesAndTheirTextsArePolish(FxRobot robot) {
        show(robot, UiLanguage.POLISH, data.place("kosice").orElseThrow());
        assertCompact(robot, "jak cytowano", "cytowano wyżej", "cited above");
        ToggleButton badge = badge(robot, fact(robot, "Nazwa polska"));
        assertEquals("cytat ▸", badge.getText());
        assertEquals("Podane wprost w źródle, 1 cytowanie: Enter lub spacja rozwija albo zwija listę cytowań",
                badge.getAccessibleText());
        assertEquals("dane ref. ▸", badge(robot, fact(robot, "Nazwa angielska")).getText());
        ToggleButton congress = badges(robot, fact(robot, "29–30 listopada 2016")).get(0);
        assertEquals("cytat ×2 ▸", congress.getText());
        assertTrue(congress.getAccessibleText().contains("2 cytowania"), congress.getAccessibleText());
        robot.clickOn(badge);
        assertEquals(List.of("„Słowacji (Koszyce)”"), visibleTexts(robot, ".evidence-quote"));
        assertEquals(List.of("Potwierdza też: Kraj"), visibleTexts(robot, ".evidence-also"));
        assertEquals(List.of("Pokaż w źródle"), visibleTexts(robot, ".evidence-show"));
    }

    @Test
    void anInferredFactSaysWhyWhenExpanded(FxRobot robot) {
        show(robot, UiLanguage.POLISH, data.place("kosice").orElseThrow());
        var inferred = robot.lookup("#details-section-meetings .evidence-badge-inferred").queryAll();
        assertFalse(inferred.isEmpty(), "the visits are inferred for the foreign participants");
        var badge = (ToggleButton) inferred.iterator().next();
        assertTrue(badge.getText().startsWith("wniosek"), badge.getText());
        assertTrue(badge.getAccessibleText().startsWith("Wywnioskowane ze źródła"), badge.getAccessibleText());
        robot.clickOn(badge);
        var reasons = visibleTexts(robot, ".evidence-reason");
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("Notatka mówi"), reasons.get(0));
    }

    @Test
    void aCountryAndTheCongressShowEachCitationOnceAsBadges(FxRobot robot) {
        for (Entity record : List.of(data.country("RS").orElseThrow(), data.country("PL").orElseThrow(),
                data.event("congress-2016").orElseThrow(), data.place("krakow").orElseThrow())) {
            for (UiLanguage language : UiLanguage.values()) {
                show(robot, language, record);
                assertCompact(robot, "cited above", "jak cytowano", "cytowano wyżej");
                assertFalse(badges(robot, view).isEmpty(), record + " has evidence");
                for (ToggleButton b : badges(robot, view)) {
                    robot.interact(b::fire);
                }
                // expanded, every badge shows each citation of the record once
                Details d = vm.get();
                var citations = Collections.newSetFromMap(new IdentityHashMap<Evidence, Boolean>());
                citations.addAll(d.evidence());
                d.sections().forEach(section -> section.facts().forEach(f -> citations.addAll(f.evidence())));
                assertEquals(citations.size(), robot.lookup("#detailsView .evidence").queryAll().size(),
                        record + " in " + language);
            }
        }
    }

    @Test
    void aCitationOfTheWholeRecordIsABadgeByItsSubtitle(FxRobot robot) {
        Place kosice = data.place("kosice").orElseThrow();
        var evidence = new ArrayList<>(kosice.evidence());
        evidence.add(TestData.stated("Słowacji (Koszyce)")); // names no field: that Košice took part at all
        var cited = new Place(kosice.id(), kosice.kind(), kosice.names(), kosice.country(), kosice.coordinates(),
                kosice.note(), evidence);
        show(robot, UiLanguage.ENGLISH, cited, DatasetEdits.with(data, cited));
        assertCompact(robot, "cited above");
        ToggleButton whole = robot.lookup("#detailsRecordEvidence").queryAs(ToggleButton.class);
        assertEquals("quote ▸", whole.getText());
        robot.clickOn(whole);
        assertEquals(List.of("“Słowacji (Koszyce)”"), visibleTexts(robot, ".evidence-quote"));
        assertEquals(1, badges(robot, fact(robot, "Polish name")).size(), "the field's own citation is another");
    }

    @Test
    void aCitationIsMentionedOnceAndNamesTheLaterFactsItSupports() {
        var e = new Evidence(Basis.STATED, "stated", "q", null, "s", "S", 0, 1);
        var same = new Evidence(Basis.STATED, "stated", "q", null, "s", "S", 0, 1);
        var m = new FirstMentions();
        assertEquals(List.of(e), m.take(List.of(e, e), "Polish name"));
        assertEquals(List.of(), m.take(List.of(e), "Country"));
        assertEquals(List.of(same), m.take(List.of(same), "Native name"),
                "another record's citation of the same words is its own");
        assertEquals(List.of(), m.take(List.of(e), "Country"));
        assertEquals(List.of("Country"), m.alsoFor(e));
        assertEquals(List.of(), m.alsoFor(same));
    }
}
