package app.delegations.ui.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The map framed on the places shown gives them their surroundings: filtered to Slovakia's one place, Košice is
 * seen with its neighbours (Budapest, Kraków), not zoomed so far in that only the tint of its country fills the
 * view (an officer-tester's exported PNG was a beige rectangle with one dot).
 */
class MapViewportFrameTest {
    private static final double KOSICE_X = Mercator.x(21.26);
    private static final double KOSICE_Y = Mercator.y(48.72);

    @Test
    void onePlaceIsFramedAmongItsNeighbours() {
        var view = MapViewport.at(0.5, 0.5, MapViewport.MIN_SCALE, 700, 520);
        view.frame(KOSICE_X, KOSICE_Y, KOSICE_X, KOSICE_Y, 48);
        assertTrue(view.shows(KOSICE_X, KOSICE_Y, 48), "Košice itself");
        assertTrue(view.shows(Mercator.x(19.04), Mercator.y(47.50), 0), "Budapest, 210 km away, in the view");
        assertTrue(view.shows(Mercator.x(19.94), Mercator.y(50.06), 0), "Kraków, 180 km away, in the view");
        assertFalse(view.shows(Mercator.x(30.52), Mercator.y(50.45), 0), "yet not zoomed out to Kyiv, 700 km away");
    }

    @Test
    void placesFarApartAreFramedAsBeforeAsLargeAsFits() {
        var view = MapViewport.at(0.5, 0.5, MapViewport.MIN_SCALE, 700, 520);
        double gdanskX = Mercator.x(18.65);
        double gdanskY = Mercator.y(54.35);
        double sofiaX = Mercator.x(23.32);
        double sofiaY = Mercator.y(42.70);
        view.frame(Math.min(gdanskX, sofiaX), gdanskY, Math.max(gdanskX, sofiaX), sofiaY, 48);
        assertTrue(view.shows(gdanskX, gdanskY, 47) && view.shows(sofiaX, sofiaY, 47), "both, inside the padding");
        assertFalse(view.shows(Mercator.x(18.65), Mercator.y(58.5), 0), "and no more than fits: the box fills the height");
    }
}
