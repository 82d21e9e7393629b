package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Place;
import app.delegations.ui.DatasetEdits;
import app.delegations.ui.countries.CountryRow;
import app.delegations.ui.map.MapPlace;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An update of one record changes only what shows it on the map and in the Countries table. */
class UpdatePatchTest {
    @AutoClose
    private final CongressWorkspace window = new CongressWorkspace();

    private List<MapPlace> markers() {
        return window.features.map.viewModel().shown();
    }

    private void edit(Place changed) {
        window.main.showEdited(DatasetEdits.with(window.data(), changed), List.of(changed));
    }

    /** {@code changed} moved to another country. */
    private static Place movedTo(Place p, String country) {
        return new Place(p.id(), p.kind(), p.names(), country, p.coordinates(), p.note(), p.evidence());
    }

    @Test
    void aRenamedPlaceShowsItsNewNameOnTheMapAndTheOtherMarkersStay() {
        List<MapPlace> before = List.copyOf(markers());
        edit(DatasetEdits.renamed(window.data(), "sofia", "Sofia City"));

        List<MapPlace> after = markers();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).entry().id().equals("sofia")) {
                assertEquals("Sofia City", after.get(i).name());
            } else {
                assertSame(before.get(i), after.get(i), "an unchanged place keeps its marker: " + after.get(i).name());
            }
        }
    }

    @Test
    void aPlaceTheFilterNoLongerLeavesLeavesTheMapAndOneItNowLeavesComes() {
        window.features.filter.countries().add("PL");
        List<String> polish = markers().stream().map(MapPlace::name).toList();
        assertTrue(polish.contains("Kraków"), polish.toString());
        edit(movedTo(window.data().place("krakow").orElseThrow(), "SK"));
        List<String> now = markers().stream().map(MapPlace::name).toList();
        assertFalse(now.contains("Kraków"), now.toString());
        assertEquals(polish.size() - 1, now.size());

        edit(movedTo(window.data().place("sofia").orElseThrow(), "PL"));
        now = markers().stream().map(MapPlace::name).toList();
        assertTrue(now.contains("Sofia"), "a place the filter now leaves gets its marker: " + now);
        assertEquals(polish.size(), now.size());
    }

    @Test
    void aRenamedPlaceShowsInItsCountrysRowAndTheOtherRowsStayAsTheyWere() {
        List<CountryRow> before = List.copyOf(window.features.countries.viewModel().allRows());
        Map<CountryRow, String> listed = new IdentityHashMap<>();
        before.forEach(r -> listed.put(r, r.places()));
        String bg = window.data().place("sofia").orElseThrow().country();
        edit(DatasetEdits.renamed(window.data(), "sofia", "Sofia City"));

        List<CountryRow> after = window.features.countries.viewModel().allRows();
        assertEquals(before, after, "the same row objects");
        for (CountryRow r : after) {
            if (r.code().equals(bg)) {
                assertTrue(r.places().contains("Sofia City"), r.places());
            } else {
                assertEquals(listed.get(r), r.places(), r.code());
            }
        }
    }

    @Test
    void aPlaceMovedToAnotherCountryIsCountedThere() {
        var rows = window.features.countries.viewModel().allRows();
        int pl = rows.stream().filter(r -> r.code().equals("PL")).findFirst().orElseThrow().placeCount();
        int sk = rows.stream().filter(r -> r.code().equals("SK")).findFirst().orElseThrow().placeCount();
        edit(movedTo(window.data().place("krakow").orElseThrow(), "SK"));

        CountryRow plRow = rows.stream().filter(r -> r.code().equals("PL")).findFirst().orElseThrow();
        CountryRow skRow = rows.stream().filter(r -> r.code().equals("SK")).findFirst().orElseThrow();
        assertEquals(pl - 1, plRow.placeCount());
        assertEquals(sk + 1, skRow.placeCount());
        assertFalse(plRow.places().contains("Kraków"), plRow.places());
        assertTrue(skRow.places().contains("Kraków"), skRow.places());
    }
}
