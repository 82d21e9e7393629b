package app.delegations.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Dataset;
import app.delegations.model.Place;
import app.delegations.ui.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled Natural Earth outlines put the partners in their countries: what the map shows is where an officer
 * knows the places are, including the small states that ControlsFX's world map could not draw.
 */
class WorldOutlinesTest {
    private static final WorldOutlines OUTLINES = WorldOutlines.bundled();

    @Test
    void aMarkerForEachOfTheFifteenCongressPlacesFallsInsideItsCountrysOutline() {
        Dataset congress = TestData.congress();
        assertEquals(15, congress.places().size());
        for (Place p : congress.places()) {
            assertNotNull(p.coordinates(), p.id() + " has coordinates");
            WorldOutlines.Outline outline = OUTLINES.of(p.country());
            assertNotNull(outline, "an outline for " + p.country());
            assertTrue(outline.contains(p.coordinates().lat(), p.coordinates().lon()),
                    p.id() + " lies in " + p.country());
        }
    }

    @Test
    void smallStatesAndTheCountriesWorldMapViewCouldNotDrawHaveOutlinesAroundTheirCapitals() {
        var capitals = Map.ofEntries(
                Map.entry("AL", new double[] {41.3275, 19.8189}), Map.entry("AF", new double[] {34.5553, 69.2075}),
                Map.entry("AM", new double[] {40.1792, 44.4991}), Map.entry("MT", new double[] {35.8989, 14.5146}),
                Map.entry("AD", new double[] {42.5063, 1.5218}), Map.entry("LI", new double[] {47.1410, 9.5209}),
                Map.entry("SM", new double[] {43.9356, 12.4473}), Map.entry("XK", new double[] {42.6629, 21.1655}),
                Map.entry("SG", new double[] {1.3521, 103.8198}), Map.entry("PL", new double[] {54.3520, 18.6466}));
        capitals.forEach((code, at) -> assertTrue(OUTLINES.of(code).contains(at[0], at[1]), code));
        assertNotNull(OUTLINES.of("MC"));
        assertNotNull(OUTLINES.of("VA"));
    }

    @Test
    void noEdgeRunsAcrossTheWholeMapAndChukotkaIsRussiaOnBothSidesOfTheAntimeridian() {
        for (WorldOutlines.Outline o : OUTLINES.all()) {
            if (o.code().equals("AQ")) {
                continue; // Antarctica's outline goes round the pole, along its bottom edge
            }
            for (WorldOutlines.Ring r : o.rings()) {
                double[] p = r.lonLat();
                for (int i = 0; i + 2 < p.length; i += 2) {
                    assertTrue(Math.abs(p[i + 2] - p[i]) < 90, o.code() + " has an edge across the map at " + p[i + 1]);
                }
            }
        }
        assertTrue(OUTLINES.of("RU").contains(66.0, 175.0), "inland Chukotka, west of 180°");
        assertTrue(OUTLINES.of("RU").contains(67.0, -177.0), "inland Chukotka, east of 180°");
        assertTrue(OUTLINES.of("FJ").contains(-16.5500, 179.9000), "Vanua Levu, west of 180°");
    }

    @Test
    void crimeaAndSevastopolAreUkrainesAndTheTamanPeninsulaAcrossTheKerchStraitStaysRussias() {
        var ukraine = OUTLINES.of("UA");
        var russia = OUTLINES.of("RU");
        assertTrue(ukraine.contains(44.95, 34.10), "Simferopol is in Ukraine");
        assertFalse(russia.contains(44.95, 34.10), "Simferopol is not in Russia");
        assertTrue(ukraine.contains(44.60, 33.52), "Sevastopol is in Ukraine");
        assertFalse(russia.contains(44.60, 33.52), "Sevastopol is not in Russia");
        assertTrue(ukraine.contains(45.36, 36.47), "Kerch is in Ukraine");
        assertTrue(russia.contains(45.20, 36.85), "the Taman peninsula stays in Russia");
        assertFalse(ukraine.contains(45.20, 36.85), "the Taman peninsula is not in Ukraine");
        assertTrue(russia.contains(45.04, 38.98), "Krasnodar stays in Russia");
        assertTrue(ukraine.contains(46.13, 33.69), "the Perekop isthmus is Ukraine's");
    }

    @Test
    void noBorderIsDrawnAcrossThePerekopIsthmusOrTheSyvash() {
        // inland points of the line of control in Natural Earth's de facto edition: at Perekop, and in the Syvash
        double[][] formerLine = {{33.655, 46.147}, {34.451, 45.967}, {34.793, 45.892}};
        for (WorldOutlines.Outline o : OUTLINES.all()) {
            for (WorldOutlines.Ring r : o.rings()) {
                double[] p = r.lonLat();
                for (int i = 0; i < p.length; i += 2) {
                    for (double[] q : formerLine) {
                        assertFalse(Math.abs(p[i] - q[0]) < 0.002 && Math.abs(p[i + 1] - q[1]) < 0.002,
                                o.code() + " draws a border through " + q[0] + " E, " + q[1] + " N");
                    }
                }
            }
        }
    }

    @Test
    void aPointInOneCountryIsInNoNeighboursOutline() {
        assertFalse(OUTLINES.of("SK").contains(50.0647, 19.9450), "Kraków is not in Slovakia");
        assertFalse(OUTLINES.of("PL").contains(48.7164, 21.2611), "Košice is not in Poland");
        assertFalse(OUTLINES.of("IT").contains(43.9356, 12.4473), "San Marino is a hole in Italy");
    }
}
