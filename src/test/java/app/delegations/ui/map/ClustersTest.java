package app.delegations.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.index.DatasetIndex;
import app.delegations.index.PlaceEntry;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import app.delegations.ui.map.MapFrame.Marker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The map's clusters at low zoom, as in any map app: no two circles overlap (so no count is hidden and no click
 * lands on a neighbour), their counts add up to the places on screen, each count fits inside its circle.
 */
class ClustersTest {
    private static final PlaceEntry ENTRY = DatasetIndex.build(TestData.congress()).entries().get(0);
    private static final ToDoubleFunction<String> WIDTH = s -> s.length() * 7.0;
    /** The map's click slop ({@code MapViewModel}). */
    private static final double SLOP = 3;
    /** A marker drawn off screen by up to this much still shows its edge (the layout's culling margin). */
    private static final double EDGE = 16;

    /** Clumps of places (cities, countries) over a sprinkling of lone ones, like a real archive. */
    private static List<MapPlace> places(Random random, int n) {
        var list = new ArrayList<MapPlace>(n);
        int clumps = 1 + random.nextInt(12);
        double[][] centres = new double[clumps][];
        for (int c = 0; c < clumps; c++) {
            centres[c] = new double[] {0.3 + random.nextDouble() * 0.4, 0.25 + random.nextDouble() * 0.3,
                    Math.pow(10, -1 - 2.5 * random.nextDouble())};
        }
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            if (random.nextInt(5) == 0) {
                x = random.nextDouble();
                y = 0.15 + random.nextDouble() * 0.6;
            } else {
                double[] c = centres[random.nextInt(clumps)];
                x = c[0] + random.nextGaussian() * c[2];
                y = c[1] + random.nextGaussian() * c[2];
            }
            list.add(new MapPlace(ENTRY, "p" + i, PlaceRole.values()[random.nextInt(3)], random.nextInt(40),
                    Math.min(1, Math.max(0, x)), Math.min(1, Math.max(0, y))));
        }
        return list;
    }

    private static MapViewport randomView(Random random) {
        double w = 300 + random.nextInt(1100);
        double h = 200 + random.nextInt(600);
        double scale = 256 * Math.pow(2, 1 + random.nextDouble() * 5);
        return MapViewport.at(0.3 + random.nextDouble() * 0.4, 0.25 + random.nextDouble() * 0.3, scale, w, h);
    }

    private static boolean onScreen(MapPlace p, MapViewport v) {
        double sx = v.screenX(p.x());
        double sy = v.screenY(p.y());
        return sx >= -EDGE && sy >= -EDGE && sx <= v.width() + EDGE && sy <= v.height() + EDGE;
    }

    @Test
    void noTwoCirclesOverlapTheCountsAddUpAndEachCountFitsItsCircle() {
        int clusteredFrames = 0;
        int merged = 0;
        for (int seed = 1; seed <= 200; seed++) {
            var random = new Random(seed);
            List<MapPlace> places = places(random, 400 + random.nextInt(6000));
            MapViewport v = randomView(random);
            MapFrame frame = MarkerLayout.layout(places, v, null, WIDTH, 16);
            if (!frame.clustered()) {
                continue;
            }
            clusteredFrames++;
            List<Marker> markers = frame.markers();
            long shown = places.stream().filter(p -> onScreen(p, v)).count();
            assertEquals(shown, markers.stream().mapToInt(Marker::count).sum(), "seed " + seed + ": every place counted once");
            for (int i = 0; i < markers.size(); i++) {
                Marker a = markers.get(i);
                if (a.cluster()) {
                    assertTrue(WIDTH.applyAsDouble(Integer.toString(a.count())) + 2 * Clusters.TEXT_MARGIN
                            <= 2 * a.radius() + 1e-9, "seed " + seed + ": " + a.count() + " fits in radius " + a.radius());
                    assertTrue(a.radius() >= Clusters.MIN_RADIUS && a.radius() <= Clusters.MAX_RADIUS);
                    merged += a.count() > 200 ? 1 : 0;
                }
                for (int j = i + 1; j < markers.size(); j++) {
                    Marker b = markers.get(j);
                    double d = Math.hypot(a.x() - b.x(), a.y() - b.y());
                    // each circle is drawn with its outline 1 px outside its radius: the outlines never touch
                    int s = seed;
                    assertTrue(d >= a.radius() + 1 + b.radius() + 1, () -> "seed " + s + ": circles of " + a.count()
                            + " and " + b.count() + " overlap: " + d + " px apart, radii " + a.radius() + ", "
                            + b.radius());
                }
            }
        }
        assertTrue(clusteredFrames > 100, clusteredFrames + " clustered frames tried");
        assertTrue(merged > 50, "big clusters seen: " + merged);
    }

    @Test
    void aClickAnywhereOnACircleHitsThatCircle() {
        for (int seed = 1; seed <= 40; seed++) {
            var random = new Random(seed);
            List<MapPlace> places = places(random, 2000 + random.nextInt(4000));
            MapFrame frame = MarkerLayout.layout(places, randomView(random), null, WIDTH, 16);
            if (!frame.clustered()) {
                continue; // a close view shows each place's own marker, where a busy one may lie over a smaller one
            }
            for (Marker m : frame.markers()) {
                assertSame(m, frame.at(m.x(), m.y(), SLOP), "seed " + seed + ": its centre");
                for (int k = 0; k < 8; k++) {
                    double angle = k * Math.PI / 4 + 0.1;
                    // on its rim, and on its outline (drawn 1 px outside it): nearer to it than to any neighbour
                    for (double at : new double[] {m.radius() * 0.7, m.radius(), m.radius() + 1}) {
                        Marker hit = frame.at(m.x() + at * Math.cos(angle), m.y() + at * Math.sin(angle), SLOP);
                        int s = seed;
                        double from = at;
                        assertSame(m, hit, () -> "seed " + s + ": a click " + from + " px from the centre of the "
                                + m.count() + " at " + m.x() + "," + m.y());
                    }
                }
            }
        }
    }

    /** Two crowds either side of a grid line are one circle at their weighted centre, with both counts. */
    @Test
    void neighboursThatWouldTouchBecomeOneCircleAtTheirWeightedCentre() {
        MapViewport v = MapViewport.at(0.55, 0.33, 256 * 32, 1000, 600);
        double line = v.screenX(0) + Math.ceil((500 - v.screenX(0)) / Clusters.CELL) * Clusters.CELL; // a cell edge
        var places = new ArrayList<MapPlace>();
        for (int i = 0; i < 300; i++) {
            places.add(new MapPlace(ENTRY, "a" + i, PlaceRole.HOST, 1, v.worldX(line - 6), v.worldY(300)));
        }
        for (int i = 0; i < 100; i++) {
            places.add(new MapPlace(ENTRY, "b" + i, PlaceRole.HOST, 1, v.worldX(line + 6), v.worldY(300)));
        }
        MapFrame frame = MarkerLayout.layout(places, v, null, WIDTH, 16);
        assertTrue(frame.clustered());
        assertEquals(1, frame.markers().size(), frame.markers().toString());
        Marker m = frame.markers().get(0);
        assertEquals(400, m.count());
        assertEquals(line - 6 + 12 * 100.0 / 400, m.x(), 1e-6);
        assertEquals(300, m.y(), 1e-6);
        assertEquals(Clusters.radius(400, WIDTH.applyAsDouble("400")), m.radius(), 1e-9);
    }

    @Test
    void aClusterGrowsWithItsCountWithinLimits() {
        assertEquals(Clusters.MIN_RADIUS + 4 * Math.log10(2), Clusters.radius(2, 7), 1e-9);
        assertTrue(Clusters.radius(50, 14) < Clusters.radius(5000, 28));
        assertEquals(Clusters.MAX_RADIUS, Clusters.radius(10_000_000, 56), 1e-9);
        assertEquals(40 / 2.0 + Clusters.TEXT_MARGIN, Clusters.radius(2, 40), 1e-9, "wide digits widen it");
    }
}
