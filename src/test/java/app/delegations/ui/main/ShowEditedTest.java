package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.common.SortKey;
import app.delegations.ui.events.EventRow;
import app.delegations.ui.places.PlaceColumn;
import app.delegations.ui.places.PlaceRow;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An edit committed in the window reaches every view as an update of what is shown, not as a reload. */
class ShowEditedTest {
    @AutoClose
    private final CongressWorkspace window = new CongressWorkspace();

    private List<String> placeNames() {
        return window.features.places.viewModel().items().stream().map(PlaceRow::name).toList();
    }

    @Test
    void aRenamedPlaceShowsInPlacesAndEventsWithoutAReload() {
        Place sofia = DatasetEdits.renamed(window.data(), "sofia", "Sofia City");
        window.features.selection.select(window.data().place("sofia").orElseThrow());
        window.main.showEdited(DatasetEdits.with(window.data(), sofia), List.of(sofia));

        assertEquals(1, window.loads(), "no file read");
        assertTrue(placeNames().contains("Sofia City"), placeNames().toString());
        assertFalse(placeNames().contains("Sofia"));
        assertEquals(15, placeNames().size());
        assertEquals(sofia, window.features.selection.get(), "the selection is the edited record");
        assertSame(sofia, window.data().place("sofia").orElseThrow());
        assertTrue(window.dialogs.problems.isEmpty());
        assertEquals(null, window.main.noticeProperty().get());
        assertFalse(window.main.busy());
    }

    private List<String> eventTexts() {
        return window.features.events.viewModel().allRows().stream().map(r -> r.place() + " | " + r.presenters()).toList();
    }

    @Test
    void theEventsNamingARenamedPlaceShowItsNewNameAndTheOtherRowsStay() {
        List<EventRow> before = List.copyOf(window.features.events.viewModel().allRows());
        long naming = eventTexts().stream().filter(t -> t.contains("Kraków")).count();
        assertTrue(naming > 0, eventTexts().toString());
        Place krakow = DatasetEdits.renamed(window.data(), "krakow", "Cracow City");
        window.main.showEdited(DatasetEdits.with(window.data(), krakow), List.of(krakow));

        assertEquals(naming, eventTexts().stream().filter(t -> t.contains("Cracow City")).count());
        List<EventRow> after = window.features.events.viewModel().allRows();
        for (int i = 0; i < after.size(); i++) {
            String shown = before.get(i).place() + " | " + before.get(i).presenters();
            if (!shown.contains("Kraków")) {
                assertSame(before.get(i), after.get(i), "an event not naming Kraków keeps its row: " + shown);
            }
        }
    }

    @Test
    void aRenamedPlaceMovesToItsPlaceInTheSortedTableAndTheOtherRowsStay() {
        window.features.places.viewModel().sort(List.of(new SortKey<>(PlaceColumn.NAME, true)));
        List<PlaceRow> before = List.copyOf(window.features.places.viewModel().items());
        Place sofia = DatasetEdits.renamed(window.data(), "sofia", "Aaa Sofia");
        window.main.showEdited(DatasetEdits.with(window.data(), sofia), List.of(sofia));

        List<PlaceRow> after = window.features.places.viewModel().items();
        assertEquals("Aaa Sofia", after.get(0).name());
        List<String> names = after.stream().map(PlaceRow::name).toList();
        assertEquals(names.stream().sorted(Collator.getInstance(Locale.ENGLISH)).toList(), names, "still sorted");
        for (PlaceRow r : after.subList(1, after.size())) {
            assertTrue(before.stream().anyMatch(b -> b == r), "the other rows are the rows shown before: " + r);
        }
    }

    @Test
    void aSelectedEventTheEditRemovesIsNoLongerSelected() {
        Event last = window.data().events().get(window.data().events().size() - 1);
        window.features.selection.select(last);
        window.main.showEdited(DatasetEdits.without(window.data(), last), List.of(last));
        assertEquals(null, window.features.selection.get(), "the record selected is gone");
    }

    @Test
    void aRemovedEventLeavesTheTables() {
        Event last = window.data().events().get(window.data().events().size() - 1);
        int before = window.features.events.viewModel().allRows().size();
        window.main.showEdited(DatasetEdits.without(window.data(), last), List.of(last));

        List<String> ids = window.features.events.viewModel().allRows().stream().map(EventRow::id).toList();
        assertEquals(before - 1, ids.size());
        assertFalse(ids.contains(last.id()));
    }

    @Test
    void anEditThatLeavesTheFilterAnsweringAsBeforeFiltersNoListAgainAndShowsTheChange() {
        window.features.filter.countries().add("RS");
        Predicate<Event> before = window.features.filter.eventPredicateProperty().get();
        var places = window.features.filter.placePredicateProperty().get();
        List<String> titles = window.features.events.viewModel().items().stream().map(EventRow::title).toList();
        Event shown = window.features.events.viewModel().items().get(0).event();
        Event retitled = DatasetEdits.retitled(shown, "A new title");
        window.main.showEdited(DatasetEdits.with(window.data(), retitled), List.of(retitled));

        assertSame(before, window.features.filter.eventPredicateProperty().get(), "the same answers: no list filters again");
        assertSame(places, window.features.filter.placePredicateProperty().get());
        List<String> now = window.features.events.viewModel().items().stream().map(EventRow::title).toList();
        assertEquals(titles.size(), now.size());
        assertTrue(now.contains("A new title"), now.toString());
        assertTrue(window.features.filter.eventPredicateProperty().get().test(retitled), "the changed event still passes");
    }

    @Test
    void theFilterStaysThroughAnEdit() {
        window.features.filter.countries().add("RS");
        int shown = window.features.places.viewModel().items().size();
        Place sofia = DatasetEdits.renamed(window.data(), "sofia", "Sofia City");
        window.main.showEdited(DatasetEdits.with(window.data(), sofia), List.of(sofia));

        assertTrue(window.features.filter.countries().contains("RS"));
        assertEquals(shown, window.features.places.viewModel().items().size());
    }

    @Test
    void aSearchSetBeforeAnEditShowsTheSearchsRowsOfTheEditedData() {
        window.features.filter.searchTextProperty().set("sofia");
        assertEquals(List.of("Sofia"), placeNames());
        Place sofia = DatasetEdits.renamed(window.data(), "sofia", "Serdica");
        Place krakow = DatasetEdits.renamed(window.data(), "krakow", "Sofia Street");
        window.main.showEdited(DatasetEdits.with(DatasetEdits.with(window.data(), sofia), krakow), List.of(sofia, krakow));

        assertEquals(List.of("sofia"), window.features.filter.searchWordsProperty().get());
        assertTrue(placeNames().contains("Sofia Street"), "a place the edit makes match is found: " + placeNames());
        assertEquals(window.features.filter.matchCountProperty().get(), placeNames().size());
        assertEquals(placeNames().size(), window.features.filter.searchHitsProperty().get().placeCount());
        window.features.filter.searchTextProperty().set("sofia str");
        assertEquals(List.of("Sofia Street"), placeNames(), "typing on searches the edited data");
        window.features.filter.searchTextProperty().set("sofia");
        assertTrue(placeNames().contains("Sofia Street"), "deleting what was typed too: " + placeNames());
    }
}
