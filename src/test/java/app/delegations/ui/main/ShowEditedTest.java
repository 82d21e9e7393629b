package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.LoadResult;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestData;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An edit committed in the window reaches every view as an update of what is shown, not as a reload. */
class ShowEditedTest {
    private final AppPreferences prefs = TestPrefs.fresh();
    private final TestFeatures features = new TestFeatures();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel main;
    private Workspace ws;
    private int loads;

    @BeforeEach
    void setUp() {
        main = new MainViewModel((file, progress) -> {
            loads++;
            return new LoadResult("congress-2016.json", TestData.congress(), List.of());
        }, Runnable::run, Runnable::run, dialogs, prefs, UiLanguage.ENGLISH, features.steps(), Frames.immediate());
        ws = new Workspace(main, features.selection, features.steps());
        main.openBundled();
    }

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    private Dataset data() {
        return ws.index().dataset();
    }

    private List<String> placeNames() {
        return features.places.viewModel().items().stream().map(PlaceRow::name).toList();
    }

    @Test
    void aRenamedPlaceShowsInPlacesAndEventsWithoutAReload() {
        Place sofia = DatasetEdits.renamed(data(), "sofia", "Sofia City");
        features.selection.select(data().place("sofia").orElseThrow());
        main.showEdited(DatasetEdits.with(data(), sofia), List.of(sofia));

        assertEquals(1, loads, "no file read");
        assertTrue(placeNames().contains("Sofia City"), placeNames().toString());
        assertFalse(placeNames().contains("Sofia"));
        assertEquals(15, placeNames().size());
        assertEquals(sofia, features.selection.get(), "the selection is the edited record");
        assertSame(sofia, data().place("sofia").orElseThrow());
        assertTrue(dialogs.problems.isEmpty());
        assertEquals(null, main.noticeProperty().get());
        assertFalse(main.busy());
    }

    private List<String> eventTexts() {
        return features.events.viewModel().allRows().stream().map(r -> r.place() + " | " + r.presenters()).toList();
    }

    @Test
    void theEventsNamingARenamedPlaceShowItsNewNameAndTheOtherRowsStay() {
        List<EventRow> before = List.copyOf(features.events.viewModel().allRows());
        long naming = eventTexts().stream().filter(t -> t.contains("Kraków")).count();
        assertTrue(naming > 0, eventTexts().toString());
        Place krakow = DatasetEdits.renamed(data(), "krakow", "Cracow City");
        main.showEdited(DatasetEdits.with(data(), krakow), List.of(krakow));

        assertEquals(naming, eventTexts().stream().filter(t -> t.contains("Cracow City")).count());
        List<EventRow> after = features.events.viewModel().allRows();
        for (int i = 0; i < after.size(); i++) {
            String shown = before.get(i).place() + " | " + before.get(i).presenters();
            if (!shown.contains("Kraków")) {
                assertSame(before.get(i), after.get(i), "an event not naming Kraków keeps its row: " + shown);
            }
        }
    }

    @Test
    void aRenamedPlaceMovesToItsPlaceInTheSortedTableAndTheOtherRowsStay() {
        features.places.viewModel().sort(List.of(new SortKey<>(PlaceColumn.NAME, true)));
        List<PlaceRow> before = List.copyOf(features.places.viewModel().items());
        Place sofia = DatasetEdits.renamed(data(), "sofia", "Aaa Sofia");
        main.showEdited(DatasetEdits.with(data(), sofia), List.of(sofia));

        List<PlaceRow> after = features.places.viewModel().items();
        assertEquals("Aaa Sofia", after.get(0).name());
        List<String> names = after.stream().map(PlaceRow::name).toList();
        assertEquals(names.stream().sorted(Collator.getInstance(Locale.ENGLISH)).toList(), names, "still sorted");
        for (PlaceRow r : after.subList(1, after.size())) {
            assertTrue(before.stream().anyMatch(b -> b == r), "the other rows are the rows shown before: " + r);
        }
    }

    @Test
    void aSelectedEventTheEditRemovesIsNoLongerSelected() {
        Event last = data().events().get(data().events().size() - 1);
        features.selection.select(last);
        main.showEdited(DatasetEdits.without(data(), last), List.of(last));
        assertEquals(null, features.selection.get(), "the record selected is gone");
    }

    @Test
    void aRemovedEventLeavesTheTables() {
        Event last = data().events().get(data().events().size() - 1);
        int before = features.events.viewModel().allRows().size();
        main.showEdited(DatasetEdits.without(data(), last), List.of(last));

        List<String> ids = features.events.viewModel().allRows().stream().map(EventRow::id).toList();
        assertEquals(before - 1, ids.size());
        assertFalse(ids.contains(last.id()));
    }

    @Test
    void anEditThatLeavesTheFilterAnsweringAsBeforeFiltersNoListAgainAndShowsTheChange() {
        features.filter.countries().add("RS");
        Predicate<Event> before = features.filter.eventPredicateProperty().get();
        var places = features.filter.placePredicateProperty().get();
        List<String> titles = features.events.viewModel().items().stream().map(EventRow::title).toList();
        Event shown = features.events.viewModel().items().get(0).event();
        Event retitled = DatasetEdits.retitled(shown, "A new title");
        main.showEdited(DatasetEdits.with(data(), retitled), List.of(retitled));

        assertSame(before, features.filter.eventPredicateProperty().get(), "the same answers: no list filters again");
        assertSame(places, features.filter.placePredicateProperty().get());
        List<String> now = features.events.viewModel().items().stream().map(EventRow::title).toList();
        assertEquals(titles.size(), now.size());
        assertTrue(now.contains("A new title"), now.toString());
        assertTrue(features.filter.eventPredicateProperty().get().test(retitled), "the changed event still passes");
    }

    @Test
    void theFilterStaysThroughAnEdit() {
        features.filter.countries().add("RS");
        int shown = features.places.viewModel().items().size();
        Place sofia = DatasetEdits.renamed(data(), "sofia", "Sofia City");
        main.showEdited(DatasetEdits.with(data(), sofia), List.of(sofia));

        assertTrue(features.filter.countries().contains("RS"));
        assertEquals(shown, features.places.viewModel().items().size());
    }

    @Test
    void aSearchSetBeforeAnEditShowsTheSearchsRowsOfTheEditedData() {
        features.filter.searchTextProperty().set("sofia");
        assertEquals(List.of("Sofia"), placeNames());
        Place sofia = DatasetEdits.renamed(data(), "sofia", "Serdica");
        Place krakow = DatasetEdits.renamed(data(), "krakow", "Sofia Street");
        main.showEdited(DatasetEdits.with(DatasetEdits.with(data(), sofia), krakow), List.of(sofia, krakow));

        assertEquals(List.of("sofia"), features.filter.searchWordsProperty().get());
        assertTrue(placeNames().contains("Sofia Street"), "a place the edit makes match is found: " + placeNames());
        assertEquals(features.filter.matchCountProperty().get(), placeNames().size());
        assertEquals(placeNames().size(), features.filter.searchHitsProperty().get().placeCount());
        features.filter.searchTextProperty().set("sofia str");
        assertEquals(List.of("Sofia Street"), placeNames(), "typing on searches the edited data");
        features.filter.searchTextProperty().set("sofia");
        assertTrue(placeNames().contains("Sofia Street"), "deleting what was typed too: " + placeNames());
    }
}
