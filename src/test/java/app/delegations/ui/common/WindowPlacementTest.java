package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.common.AppPreferences.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The window opens on a screen that exists, fitted to it, whatever bounds were stored. */
class WindowPlacementTest {
    /** A 1366×768 laptop with a 40-pixel panel at the bottom. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    /** A 4K monitor to the right of it. */
    private static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 3840, 2120);

    @Test
    void theFirstWindowOnA1366x768LaptopFitsItsVisualBounds() {
        // issue 12 A.4: the 1280×800 window was placed at y = −11 and the status bar was off the screen
        WindowBounds b = WindowPlacement.place(null, List.of(LAPTOP));
        assertEquals(new WindowBounds(43, 0, 1280, 728, false), b);
    }

    @Test
    void theFirstWindowOnALargeScreenTakesMostOfItCentred() {
        // a 1920×1080 screen less a 40-pixel panel: 85 % of it, not 1280×800 in the middle of it
        WindowBounds b = WindowPlacement.place(null, List.of(new Rectangle2D(0, 0, 1920, 1040)));
        assertEquals(new WindowBounds(144, 78, 1632, 884, false), b);
        WindowBounds secondary = WindowPlacement.place(null, List.of(new Rectangle2D(1920, 0, 2560, 1400)));
        assertEquals(new WindowBounds(1920 + 192, 105, 2176, 1190, false), secondary);
    }

    @Test
    void aHugeStoredWindowIsShrunkToTheScreen() {
        // issue 12 A.3: 100000×100000 opened a 32767-pixel white window using 776 MB
        WindowBounds b = WindowPlacement.place(new WindowBounds(0, 0, 100_000, 100_000, false), List.of(LAPTOP));
        assertEquals(new WindowBounds(0, 0, 1366, 728, false), b);
    }

    @Test
    void aWindowSavedOnA4kMonitorOpensFittedOnTheLaptopAlone() {
        WindowBounds b = WindowPlacement.place(new WindowBounds(1366, 0, 3840, 2120, false), List.of(LAPTOP));
        assertEquals(new WindowBounds(0, 0, 1366, 728, false), b, "the monitor is unplugged: the laptop, whole");
        WindowBounds both = WindowPlacement.place(new WindowBounds(1400, 50, 1600, 900, true), List.of(LAPTOP, MONITOR));
        assertEquals(new WindowBounds(1400, 50, 1600, 900, true), both, "still plugged in: where it was");
    }

    @Test
    void aWindowHalfOffItsScreenIsMovedOntoIt() {
        WindowBounds b = WindowPlacement.place(new WindowBounds(-300, 600, 800, 500, false), List.of(LAPTOP, MONITOR));
        assertEquals(new WindowBounds(0, 228, 800, 500, false), b);
    }

    @Test
    void aTinyStoredWindowGetsAUsableSize() {
        WindowBounds b = WindowPlacement.place(new WindowBounds(10, 10, 1, 1, false), List.of(LAPTOP));
        assertEquals(new WindowBounds(10, 10, 640, 400, false), b);
    }

    @Test
    void damagedNumbersFallBackToTheDefault() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -5, 0}) {
            WindowBounds b = WindowPlacement.place(new WindowBounds(0, 0, bad, 700, true), List.of(LAPTOP));
            assertEquals(new WindowBounds(43, 0, 1280, 728, false), b, "width " + bad);
        }
    }

    @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE) // the coordinates include the edge values
    void anyStoredBoundsLieWhollyOnOneScreen(@ForAll("coordinate") double x, @ForAll("coordinate") double y,
                                              @ForAll("coordinate") double w, @ForAll("coordinate") double h,
                                              @ForAll boolean maximized, @ForAll("screens") List<Rectangle2D> screens) {
        WindowBounds b = WindowPlacement.place(new WindowBounds(x, y, w, h, maximized), screens);
        assertTrue(screens.stream().anyMatch(s -> s.contains(b.x(), b.y(), b.width(), b.height())),
                b + " on " + screens);
        assertTrue(b.width() > 0 && b.height() > 0, b.toString());
    }

    @Test
    void aWindowMovedToTheScreensEdgeEndsWithinItWhereTheSumRoundsUp() {
        Rectangle2D left = new Rectangle2D(-1920, 0, 1920, 1080);
        WindowBounds b = WindowPlacement.place(new WindowBounds(-640, 5_000, 640, 400.04, true), List.of(left));
        assertTrue(left.contains(b.x(), b.y(), b.width(), b.height()), b.toString()); // 679.96 + 400.04 > 1080
    }

    @Test
    void aWindowMovedToTheScreensEdgeFitsAlsoWhenTheRoomLeftRoundsDown() {
        Rectangle2D big = new Rectangle2D(1366, 0, 3840, 2120);
        WindowBounds b = WindowPlacement.place(new WindowBounds(1366, 5_000, 3840, 887.08, true), List.of(big));
        assertTrue(big.contains(b.x(), b.y(), b.width(), b.height()), b.toString()); // 2120 - 1232.92 < 887.08
    }

    @Provide
    Arbitrary<Double> coordinate() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-10_000, 10_000),
                Arbitraries.of(0.0, -0.0, 1.0, -1.0, 1e9, -1e9, 1e308, -1e308, Double.MAX_VALUE, Double.MIN_VALUE,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100_000.0, 32_767.0));
    }

    @Provide
    Arbitrary<List<Rectangle2D>> screens() {
        Arbitrary<Rectangle2D> screen = Arbitraries.of(LAPTOP, MONITOR, new Rectangle2D(0, 0, 1280, 800),
                new Rectangle2D(-1920, 0, 1920, 1080), new Rectangle2D(0, -1080, 1920, 1050),
                new Rectangle2D(0, 24, 1440, 876), new Rectangle2D(0, 0, 600, 360));
        return screen.list().ofMinSize(1).ofMaxSize(3);
    }
}
