package app.delegations.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.data.Checkpoint;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.filter.FilterModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The map's state as an officer relies on it: what it shows, where it opens, and the selection both ways. */
class MapViewModelTest {
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final MapViewModel vm = new MapViewModel(filter, selection);
    private DatasetIndex index;

    @BeforeEach
    void load() {
        index = DatasetIndex.build(TestData.congress());
        filter.setIndex(index);
        vm.setData(WorldOutlines.none(), MapPlace.build(index, Messages.of(UiLanguage.ENGLISH), Checkpoint.NONE));
        vm.resize(1000, 700);
    }

    private Place place(String id) {
        return index.entry(id).place();
    }

    @Test
    void opensFramedOnTheCongressPlacesInCentralAndEasternEurope() {
        MapViewport v = vm.viewport();
        for (MapPlace p : vm.shown()) {
            assertTrue(v.shows(p.x(), p.y(), 20), p.id() + " is in view");
        }
        double west = Mercator.lon(v.worldX(0));
        double east = Mercator.lon(v.worldX(v.width()));
        double north = Mercator.lat(v.worldY(0));
        double south = Mercator.lat(v.worldY(v.height()));
        assertTrue(west > -5 && east < 50, "from " + west + " to " + east + " degrees east");
        assertTrue(south > 30 && north < 70, "from " + south + " to " + north + " degrees north");
    }

    @Test
    void aMapNotYetMovedFramesItsPlacesAgainAtANewSizeAsIfFramedAtThatSize() {
        vm.resize(1400, 900); // the window made larger before the officer touched the map
        double scale = vm.viewport().scale();
        double centerX = vm.viewport().centerX();
        vm.frameShown();
        assertEquals(scale, vm.viewport().scale(), "framed as Home frames at this size");
        assertEquals(centerX, vm.viewport().centerX());
    }

    @Test
    void aMapZoomedOrMovedStaysWhereTheOfficerLeftItWhenResized() {
        vm.zoomIn();
        double scale = vm.viewport().scale();
        vm.resize(1400, 900);
        assertEquals(scale, vm.viewport().scale(), "zoomed: the zoom stays");
        vm.frameShown();
        vm.panBy(40, 0);
        double centerX = vm.viewport().centerX();
        vm.resize(1000, 700);
        assertEquals(centerX, vm.viewport().centerX(), "moved: the centre stays");
    }

    @Test
    void showsOnlyThePlacesTheFilterLeaves() {
        assertEquals(15, vm.shownCountProperty().get());
        filter.setCountries(Set.of("PL"));
        assertEquals(Set.of("krakow", "gdansk"), Set.copyOf(vm.shown().stream().map(MapPlace::id).toList()));
        assertEquals(2, vm.shownCountProperty().get());
        assertEquals(Set.of("PL"), vm.shownCountries());
        filter.searchTextProperty().set("no such place");
        assertEquals(0, vm.shownCountProperty().get());
    }

    @Test
    void everyChangeOfTheFilterFramesThePlacesItLeavesWhereverTheMapWasMoved() {
        double all = vm.viewport().scale();
        vm.zoomAt(MapViewport.STEP * MapViewport.STEP, 0, 0);
        vm.panBy(3000, -2000);
        filter.setCountries(Set.of("PL"));
        for (MapPlace p : vm.shown()) {
            assertTrue(vm.viewport().shows(p.x(), p.y(), 20), p.id() + " is in view");
        }
        assertTrue(vm.viewport().scale() > all, "closer than the framing of every place");
        filter.setCountries(Set.of());
        assertEquals(15, vm.shown().size());
        for (MapPlace p : vm.shown()) {
            assertTrue(vm.viewport().shows(p.x(), p.y(), 20), p.id() + " is in view again");
        }
        assertEquals(all, vm.viewport().scale(), 1e-9);
    }

    @Test
    void aClickOnAMarkerSelectsItsPlace() {
        vm.frame(s -> s.length() * 7, 16);
        Point2D at = vm.markerOf("kosice");
        assertTrue(vm.clickAt(at.getX(), at.getY()));
        assertEquals(place("kosice"), selection.get());
        assertEquals("kosice", vm.selectedId());
    }

    @Test
    void aClickBesideEveryMarkerSelectsNothing() {
        vm.frame(s -> s.length() * 7, 16);
        assertTrue(!vm.clickAt(2, 2));
        assertNull(selection.get());
    }

    @Test
    void aPlaceSelectedElsewhereIsMarkedAndBroughtIntoView() {
        vm.zoomAt(MapViewport.STEP * MapViewport.STEP * MapViewport.STEP * MapViewport.STEP, 0, 0);
        MapPlace sofia = vm.shown().stream().filter(p -> p.id().equals("sofia")).findFirst().orElseThrow();
        vm.panBy(-3000, -3000);
        assertTrue(!vm.viewport().shows(sofia.x(), sofia.y(), 24));
        selection.select(place("sofia"));
        assertEquals("sofia", vm.selectedId());
        assertTrue(vm.viewport().shows(sofia.x(), sofia.y(), 24));
        MapFrame frame = vm.frame(s -> s.length() * 7, 16);
        MapFrame.Marker top = frame.markers().get(frame.markers().size() - 1);
        assertTrue(top.selected() && top.place().id().equals("sofia"), "the selected marker is drawn on top");
    }

    @Test
    void aSelectedPlaceTheFilterHidesHasNoMarker() {
        selection.select(place("sofia"));
        filter.setCountries(Set.of("PL"));
        assertNull(vm.selectedId());
        assertNull(vm.markerOf("sofia"));
        assertNotNull(vm.markerOf("krakow"));
    }

    @Test
    void zoomKeepsThePointUnderTheMouseAndStopsAtItsLimits() {
        MapViewport v = vm.viewport();
        double wx = v.worldX(300);
        double wy = v.worldY(200);
        vm.zoomAt(2, 300, 200);
        assertEquals(300, v.screenX(wx), 1e-6);
        assertEquals(200, v.screenY(wy), 1e-6);
        for (int i = 0; i < 100; i++) {
            vm.zoomOut();
        }
        assertEquals(MapViewport.MIN_SCALE, v.scale());
        assertTrue(!vm.canZoomOutProperty().get() && vm.canZoomInProperty().get());
    }

    @Test
    void anUpdatesPlacesAreTheUnchangedOnesAndShowWhatAFreshBuildShows() {
        Messages english = Messages.of(UiLanguage.ENGLISH);
        List<MapPlace> before = MapPlace.build(index, english, Checkpoint.NONE);
        Dataset d = index.dataset();
        Event first = d.events().stream().filter(e -> !e.participants().isEmpty())
                .filter(e -> d.events().stream().noneMatch(c -> e.id().equals(c.parent())))
                .min(Comparator.comparingInt(e -> e.participants().size())).orElseThrow();
        var events = new ArrayList<>(d.events());
        events.set(events.indexOf(first), new Event(first.id(), first.kind(), first.title(), first.parent(), first.start(), first.end(),
                first.order(), first.venue(), first.place(), first.description(), List.of(), first.people(),
                first.organisations(), first.evidence())); // its places lose a meeting
        Dataset next = new Dataset(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(),
                d.organisations(), d.people(), events);
        DatasetIndex after = DatasetIndex.updated(index, next, Checkpoint.NONE);

        List<MapPlace> remade = MapPlace.build(after, english, Checkpoint.NONE, before);
        List<MapPlace> fresh = MapPlace.build(after, english, Checkpoint.NONE);
        assertEquals(fresh, remade);
        int kept = 0;
        for (int i = 0; i < remade.size(); i++) {
            if (remade.get(i) == before.get(i)) {
                kept++;
            } else {
                assertTrue(remade.get(i).meetings() != before.get(i).meetings(), remade.get(i).id());
            }
        }
        assertTrue(kept > 0 && kept < remade.size(), kept + " of " + remade.size() + " taken again");
    }
}
