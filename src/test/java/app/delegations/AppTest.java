package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Problem;
import app.delegations.model.EventKind;
import app.delegations.ui.OnFx;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.countries.CountryRow;
import app.delegations.ui.places.PlaceRow;
import app.delegations.ui.source.Reflow;
import app.delegations.ui.timeline.TimelineItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window on the bundled data, driven as a user would: by clicks and keys, nodes found by id. */
class AppTest extends WindowStory {
    @TempDir
    Path dir;

    @BeforeEach
    void waitForData() {
        waitUntil(() -> settled(app)
                && !TestWindows.timeline(app).layingOutProperty().get());
    }

    /**
     * True when the data loaded is the data every view shows (its arrival is spread over a few frames), and no
     * edit is being checked. (A window rebuilt in another language makes only the view in front.)
     */
    static boolean settled(App app) {
        var ws = app.workspace();
        return ws.current() != null && !ws.main().busy() && !ws.applyingProperty().get()
                && !app.editing().session().busyProperty().get()
                && !app.filter().searchPendingProperty().get() // large data: searched off the UI thread
                && !app.filter().viewsBehind() // and the views out of sight caught up with what was typed
                && placesShowAll(app);
    }

    /** The Places table holds every row its view model has; true while it is not made (another view in front). */
    private static boolean placesShowAll(App app) {
        var view = TestWindows.placesView(app);
        return view == null || view.table().getItems().size() == TestWindows.places(app).items().size();
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads UI state on the JavaFX thread. */
    static <T> T fx(Callable<T> read) {
        return OnFx.fx(read);
    }

    private TableView<PlaceRow> places(FxRobot robot) {
        return robot.lookup("#placesTable").queryTableView();
    }

    private List<String> placeNames(FxRobot robot) {
        TableView<PlaceRow> t = places(robot);
        return fx(() -> t.getItems().stream().map(PlaceRow::name).toList());
    }

    private String text(FxRobot robot, String id) {
        Labeled l = robot.lookup(id).queryLabeled();
        return fx(l::getText);
    }

    private void clickRow(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#placesTable .table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof PlaceRow p
                        && p.name().equals(name)).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheBundledDataWith15PlacesAnd8Countries(FxRobot robot) {
        assertEquals(15, placeNames(robot).size());
        assertEquals("15 places", text(robot, "#statusCount"));
        assertEquals("Delegations — congress-2016.json", fx(() -> app.stage().getTitle()));
        robot.clickOn("#tabCountries");
        TableView<?> countries = robot.lookup("#countriesTable").queryTableView();
        assertEquals(8, (int) fx(() -> countries.getItems().size()));
    }

    @Test
    void theSmokeTestCheckPassesOnceTheDataIsShown(FxRobot robot) {
        assertEquals(null, fx(() -> SmokeTest.check(app, app.workspace().current())));
        robot.clickOn("#searchField").write("krakow");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> SmokeTest.check(app, app.workspace().current())).startsWith("smoke test: failed, 1 of 15"));
    }

    @Test
    void typingKrakowLeavesOnePlaceAndEscClears(FxRobot robot) {
        robot.clickOn("#searchField").write("krakow");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kraków"), placeNames(robot));
        assertEquals("1 of 15 places", text(robot, "#statusCount"));
        // the match is highlighted in the name cell
        List<String> matched = fx(() -> robot.lookup("#placesTable .match").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList());
        assertTrue(matched.contains("Krakó") || matched.contains("Kraków"), matched.toString());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, placeNames(robot).size());
        assertEquals("", fx(() -> robot.lookup("#searchField").queryAs(TextField.class).getText()));
    }

    @Test
    void ctrlFFocusesTheSearchField(FxRobot robot) {
        clickRow(robot, "Sofia");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        assertTrue(fx(search::isFocused));
        robot.write("kosice");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Košice"), placeNames(robot));
    }

    @Test
    void choosingSerbiaLeavesItsThreeCities(FxRobot robot) {
        robot.clickOn("#facet-country-RS");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kragujevac", "Kruševac", "Vranje"), placeNames(robot));
        assertEquals("3 of 15 places", text(robot, "#statusCount"));
        robot.clickOn("#clearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, placeNames(robot).size());
        assertFalse(fx(() -> robot.lookup("#facet-country-RS").queryAs(CheckBox.class).isSelected()));
    }

    @Test
    void clearFiltersIsOffWhileOnlyASearchIsTypedAndLeavesTheSearchAsTyped(FxRobot robot) {
        robot.clickOn("#searchField").write("kr");
        waitUntil(() -> settled(app));
        List<String> searched = placeNames(robot);
        assertTrue(fx(() -> robot.lookup("#clearFilters").query().isDisabled()), "no filter set: nothing to clear");
        robot.clickOn("#facet-country-PL");
        waitUntil(() -> settled(app));
        assertEquals(List.of("Kraków"), placeNames(robot));
        robot.clickOn("#clearFilters");
        waitUntil(() -> settled(app));
        assertEquals("kr", fx(() -> robot.lookup("#searchField").queryAs(TextField.class).getText()), "the search stays");
        assertEquals(searched, placeNames(robot));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> settled(app));
        assertEquals("kr", fx(() -> robot.lookup("#searchField").queryAs(TextField.class).getText()),
                "View › Clear filters (Ctrl+Shift+X) likewise");
    }

    @Test
    void clickingACountryShowsItsDetailsAndLeavesTheFilterAlone(FxRobot robot) {
        robot.clickOn("#tabCountries");
        Predicate<Node> serbiaRow = n -> n instanceof TableRow<?> r && r.getItem() != null
                && r.getItem() instanceof CountryRow c && c.code().equals("RS");
        // the tab's table is made on its first showing and fills in the next pulses
        waitUntil(() -> robot.lookup("#countriesTable .table-row-cell").match(serbiaRow).tryQuery().isPresent());
        Node serbia = robot.lookup("#countriesTable .table-row-cell").match(serbiaRow).query();
        robot.clickOn(serbia);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Serbia", text(robot, "#detailsTitle"));
        assertFalse(fx(() -> robot.lookup("#facet-country-RS").queryAs(CheckBox.class).isSelected()));
        robot.clickOn("#tabPlaces");
        assertEquals(15, placeNames(robot).size());
    }

    @Test
    void choosingKrakowShowsBothPresentationsAndHighlightsThemOnTheTimeline(FxRobot robot) {
        clickRow(robot, "Kraków");
        assertEquals("Kraków", text(robot, "#detailsTitle"));
        List<String> events = fx(() -> robot.lookup("#details-section-meetings .fact-link").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList());
        var presentations = app.workspace().index().dataset().events().stream()
                .filter(e -> e.kind() == EventKind.PRESENTATION)
                .map(e -> e.title().en()).toList();
        assertEquals(2, presentations.size());
        assertTrue(events.containsAll(presentations), events + " should list " + presentations);

        robot.clickOn("#tabTimeline");
        assertNotNull(robot.lookup("#timeline").query());
        var timeline = TestWindows.timeline(app);
        List<String> highlighted = fx(() -> timeline.getLayout().items().stream().filter(timeline::isHighlighted)
                .map(i -> i.event().title().en()).toList());
        assertEquals(Set.copyOf(presentations), Set.copyOf(highlighted));
    }

    @Test
    void theTimelineShowsTwoDaysWithTheRightItems(FxRobot robot) {
        robot.clickOn("#tabTimeline");
        var layout = fx(() -> TestWindows.timeline(app).getLayout());
        LocalDate nov29 = LocalDate.of(2016, 11, 29);
        LocalDate nov30 = LocalDate.of(2016, 11, 30);
        assertEquals(List.of(nov29, nov30), layout.days());
        List<String> first = layout.itemsOn(nov29).stream().map(i -> i.event().kind().json()).toList();
        List<String> second = layout.itemsOn(nov30).stream().map(i -> i.event().kind().json()).toList();
        assertEquals(List.of("congress", "visit", "visit"), first);
        assertTrue(second.containsAll(List.of("conference", "summary", "presentation")), second.toString());
        assertEquals(2, second.stream().filter("presentation"::equals).count());
        // the conference contains Kraków's presentations and the summary
        TimelineItem conference = layout.items().stream().filter(i -> i.event().kind().json().equals("conference"))
                .findFirst().orElseThrow();
        assertEquals(3, layout.children(conference).size());
    }

    @Test
    void selectingATimelineItemShowsItsDetailsAndHighlightsItsPlaces(FxRobot robot) {
        robot.clickOn("#tabTimeline");
        var timeline = TestWindows.timeline(app);
        TimelineItem presentation = fx(() -> timeline.getLayout().items().stream()
                .filter(i -> i.event().kind().json().equals("presentation")).findFirst().orElseThrow());
        robot.interact(() -> timeline.select(presentation));
        assertEquals(presentation.event().title().en(), text(robot, "#detailsTitle"));
        assertEquals(Set.of("krakow"), fx(() -> TestWindows.places(app).highlightedProperty().get()));
    }

    @Test
    void switchingToPolishChangesHeadersAndDates(FxRobot robot) {
        assertEquals("e.g. 29 Nov 2016", fx(() -> robot.lookup("#dateFrom").queryAs(DatePicker.class).getPromptText()));
        robot.clickOn("#menuView");
        robot.clickOn("#menuLanguage");
        // into the submenu sideways along the Language row, then down: a diagonal would cross Theme
        Node english = robot.lookup("#menuLanguageEnglish").match(Node::isVisible).query();
        robot.moveTo(english);
        robot.clickOn("#menuLanguagePolish");
        waitUntil(() -> settled(app) && app.workspace().main().messages().language() == UiLanguage.POLISH);
        String nameHeader = fx(() -> places(robot).getColumns().get(0).getText());
        assertEquals("Nazwa", nameHeader);
        assertEquals("Miejsca", fx(() -> app.window().tabs().getTabs().get(0).getText()));
        assertEquals("np. 29.11.2016", fx(() -> robot.lookup("#dateFrom").queryAs(DatePicker.class).getPromptText()),
                "the date fields take dates the Polish way");
        assertEquals("15 miejsc", text(robot, "#statusCount"), "a count in the Polish plural form");
        assertEquals("Delegations — congress-2016.json", fx(() -> app.stage().getTitle()));
        assertTrue(placeNames(robot).contains("Koszyce"));
        clickRow(robot, "Kraków");
        String dates = fx(() -> robot.lookup("#details-section-meetings .fact-label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList().toString());
        assertTrue(dates.contains("30 listopada 2016"), dates);
        assertEquals(UiLanguage.POLISH, prefs.language().orElseThrow());
    }

    @Test
    void aLanguageSwitchSaysSoAtOnceThenKeepsTheFilterSelectionAndSort(FxRobot robot) {
        robot.clickOn(robot.lookup("#placesTable .column-header").match((Node n) -> "name".equals(n.getId()))
                .queryAs(Node.class));
        robot.interact(() -> app.filter().searchTextProperty().set("kr"));
        waitUntil(() -> settled(app) && app.filter().activeProperty().get());
        clickRow(robot, "Kraków");
        Set<String> shown = Set.copyOf(fx(() -> places(robot).getItems().stream().map(PlaceRow::id).toList()));
        assertTrue(shown.size() > 1 && shown.size() < 15, "a filter that keeps some places: " + shown);

        // the old window says, in its language, what it is doing, before the data is made again off the UI thread
        String said = fx(() -> {
            app.workspace().main().languageProperty().set(UiLanguage.POLISH);
            Labeled switching = robot.lookup("#switchingLabel").queryLabeled();
            return switching.getParent().isVisible() ? switching.getText() : "(hidden)";
        });
        assertEquals("Switching to Polish…", said);
        waitUntil(() -> settled(app) && app.workspace().main().messages().language() == UiLanguage.POLISH);

        assertFalse(fx(() -> robot.lookup("#switchingLabel").queryLabeled().getParent().isVisible()),
                "said no more once the window speaks Polish");
        assertEquals("Nazwa", fx(() -> places(robot).getColumns().get(0).getText()));
        assertEquals(shown, Set.copyOf(fx(() -> places(robot).getItems().stream().map(PlaceRow::id).toList())),
                "the same places filtered");
        assertEquals("kr", fx(() -> robot.lookup("#searchField").queryAs(TextField.class).getText()));
        assertEquals("name", fx(() -> places(robot).getSortOrder().get(0).getId()), "the same sort column");
        var polish = java.text.Collator.getInstance(UiLanguage.POLISH.locale());
        List<String> names = placeNames(robot);
        assertEquals(names.stream().sorted(polish).toList(), names, "sorted by the Polish names, the Polish way");
        assertEquals("krakow", fx(() -> ((app.delegations.model.Place) app.workspace().selection().get()).id()),
                "the same place selected");
        assertEquals("Kraków", fx(() -> places(robot).getSelectionModel().getSelectedItem().name()));
    }

    @Test
    void anInvalidFileShowsItsProblemsAndKeepsTheData(FxRobot robot) throws IOException {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"places\": [ { \"id\": \"x\", \"cuntry\": \"PL\" } ]\n}\n");
        dialogs.filesToChoose.add(bad);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> !dialogs.problems.isEmpty());
        List<Problem> problems = dialogs.problems.get(0).problems();
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.line() == 3), problems.toString());
        assertTrue(problems.get(0).format().startsWith(bad.toString() + ":"), problems.get(0).format());
        assertEquals(15, placeNames(robot).size(), "the data shown before stays");
        // and the window says plainly that the file was not opened, and what it shows instead
        assertEquals("Delegations — congress-2016.json — broken.json not opened", fx(() -> app.stage().getTitle()));
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        assertEquals("broken.json was not opened (" + errors + (errors == 1 ? " error" : " errors")
                + "). Showing instead: bundled data (congress-2016.json).", text(robot, "#statusFile"));
    }

    @Test
    void aValidFileOpensAndBecomesRecent(FxRobot robot) throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.copy(Path.of("data/congress-2016.json"), dir.resolve("mine.json"));
        Files.copy(Path.of("data/sources/note-2016-11-30-krakow.txt"), dir.resolve("sources/note-2016-11-30-krakow.txt"));
        robot.clickOn("#facet-country-PL");
        robot.interact(() -> app.actions().open(dir.resolve("mine.json")));
        waitUntil(() -> app.workspace().current().file() != null && settled(app));
        assertEquals("Delegations — mine.json", fx(() -> app.stage().getTitle()));
        assertEquals(List.of("Kraków", "Gdańsk"), placeNames(robot), "filters survive opening a file");
        assertEquals(List.of(dir.resolve("mine.json").toAbsolutePath()), prefs.recentFiles());
        robot.type(KeyCode.F5);
        waitUntil(() -> settled(app));
        assertEquals(List.of("Kraków", "Gdańsk"), placeNames(robot), "and reloading it");
    }

    @Test
    void ctrlCCopiesTheSelectedRowsWithAHeader(FxRobot robot) {
        clickRow(robot, "Kraków");
        robot.press(KeyCode.SHIFT);
        clickRow(robot, "Gdańsk");
        robot.release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertEquals("Name\tNative name\tKind\tCountry\tMeetings\tLast meeting\tRole\n"
                + "Kraków\tKraków\tCity\tPoland\t5\t30 November 2016\tParticipant, Presenter\n"
                + "Gdańsk\tGdańsk\tCity\tPoland\t5\t30 November 2016\tParticipant\n", copied);
    }

    @Test
    void nothingMatchingSaysSoAndOffersToClear(FxRobot robot) {
        robot.clickOn("#searchField").write("xyz");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No places match “xyz”.", fx(() -> robot.lookup("#placesTable .empty-title")
                .queryAs(Label.class).getText()));
        robot.clickOn(robot.lookup("#placesTable .empty-action").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, placeNames(robot).size());
    }

    @Test
    void facetValuesThatWouldLeaveNothingAreDimmedOnlyWhileSo(FxRobot robot) {
        PseudoClass empty = PseudoClass.getPseudoClass("empty");
        CheckBox bulgaria = robot.lookup("#facet-country-BG").queryAs(CheckBox.class);
        robot.clickOn("#searchField").write("xyz");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> bulgaria.getPseudoClassStates().contains(empty)));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#facet-country-RU");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> bulgaria.getPseudoClassStates().contains(empty)), "Bulgaria would leave 4 places");
        assertEquals("4", fx(() -> ((Label) bulgaria.getParent().getChildrenUnmodifiable().get(1)).getText()));
    }

    @Test
    void theSourceViewHighlightsTheSelectedPlacesPassages(FxRobot robot) {
        clickRow(robot, "Kraków");
        robot.clickOn("#tabSource");
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow flow = robot.lookup("#sourceText").queryAs(TextFlow.class);
        String passages = fx(() -> flow.getChildren().stream().filter(n -> n.getStyleClass().contains("passage"))
                .map(n -> ((Text) n).getText()).reduce("", (a, b) -> a + "|" + b));
        assertTrue(passages.contains("Kraków przedstawił na konferencji dwie prezentacje"), passages);
        String all = fx(() -> flow.getChildren().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText()).reduce("", String::concat));
        String note = app.workspace().index().dataset().sources().get(0).text();
        assertEquals(Reflow.shown(note), all, "the whole note, its paragraphs reflowed");
        assertEquals(note.length(), all.length(), "every offset of the note where it was (a citation's passage)");
    }

    @Test
    void sortAndColumnsSurviveRebuildingTheWindow(FxRobot robot) {
        robot.clickOn(robot.lookup("#placesTable .column-header").match((Node n) -> n.getId() != null
                && n.getId().equals("name")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Gdańsk", placeNames(robot).get(0));
        robot.interact(() -> app.workspace().main().languageProperty().set(UiLanguage.POLISH));
        waitUntil(() -> app.workspace().main().messages().language() == UiLanguage.POLISH && settled(app));
        assertEquals("name", fx(() -> places(robot).getSortOrder().get(0).getId()));
        assertEquals("Chaskowo", placeNames(robot).get(0), "sorted by the Polish names now");
        assertTrue(prefs.get("table.places", "").contains("name:A"), prefs.get("table.places", ""));
    }

    @Test
    void theThemeSwitchesAndIsRemembered(FxRobot robot) {
        robot.clickOn("#themeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AppPreferences.Theme.DARK, prefs.theme());
        assertTrue(fx(Application::getUserAgentStylesheet).contains("primer-dark"));
        robot.clickOn("#themeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(Application::getUserAgentStylesheet).contains("primer-light"));
    }
}
