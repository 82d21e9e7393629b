package app.delegations.ui.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RowPatch;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The places highlighted for the selected event through an update of the data: the same places are no change
 * (a change makes the table show every visible row again; a change listener hears none of an equal set), other
 * places are.
 */
class HighlightThroughUpdateTest {
    private final Messages m = Messages.of(UiLanguage.ENGLISH);
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final PlacesViewModel vm = new PlacesViewModel(filter, selection);
    private final List<Set<String>> heard = new ArrayList<>();
    private DatasetIndex index = DatasetIndex.build(TestData.congress());

    HighlightThroughUpdateTest() {
        filter.setIndex(index);
        vm.setRows(index, PlaceRow.build(index, m));
        vm.highlightedProperty().addListener((o, a, b) -> heard.add(b));
    }

    private void show(Dataset edited) {
        DatasetIndex after = DatasetIndex.build(edited);
        List<PlaceRow> before = List.copyOf(vm.allRows());
        RowPatch<PlaceRow> patch = RowPatch.between(before, PlaceRow.build(after, m, Checkpoint.NONE, before),
                PlaceRow::id, PlaceRow::sameAs);
        index = after;
        filter.updateIndex(after);
        vm.patchRows(after, patch);
    }

    private static Dataset renamed(Dataset d, String id, String en) {
        var places = new ArrayList<Place>();
        for (Place p : d.places()) {
            Names n = p.names();
            places.add(!p.id().equals(id) ? p : new Place(p.id(), p.kind(), new Names(n.pl(), en, n.nativeName(),
                    n.aliases()), p.country(), p.coordinates(), p.note(), p.evidence()));
        }
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), places, d.venues(), d.organisations(),
                d.people(), d.events());
    }

    private static Dataset withoutParticipant(Dataset d, String eventId, String placeId) {
        var events = new ArrayList<Event>();
        for (Event e : d.events()) {
            events.add(!e.id().equals(eventId) ? e : new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(),
                    e.end(), e.order(), e.venue(), e.place(), e.description(),
                    e.participants().stream().filter(p -> !p.place().equals(placeId)).toList(), e.people(),
                    e.organisations(), e.evidence()));
        }
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(), d.organisations(),
                d.people(), events);
    }

    @Test
    void anUpdateThatLeavesTheSelectedEventsPlacesIsNoChangeOfTheHighlight() {
        Event congress = index.dataset().event("congress-2016").orElseThrow();
        selection.select(congress);
        Set<String> highlighted = vm.highlightedProperty().get();
        assertTrue(highlighted.contains("sofia"), highlighted.toString());
        heard.clear();

        show(renamed(index.dataset(), "sofia", "Sofia City"));

        assertEquals(List.of(), heard, "the same places highlighted");
        assertEquals(highlighted, vm.highlightedProperty().get());
    }

    @Test
    void anUpdateThatTakesAPlaceOutOfTheSelectedEventChangesTheHighlight() {
        selection.select(index.dataset().event("congress-2016").orElseThrow());
        heard.clear();

        show(withoutParticipant(index.dataset(), "congress-2016", "sofia"));

        assertEquals(1, heard.size());
        assertTrue(!heard.get(0).contains("sofia") && !heard.get(0).isEmpty(), heard.toString());
    }
}
