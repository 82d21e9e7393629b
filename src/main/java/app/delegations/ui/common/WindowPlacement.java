package app.delegations.ui.common;

import app.delegations.ui.common.AppPreferences.WindowBounds;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: a pure function of the stored bounds and the screens, so that it is tested
 * without a screen. The result always lies within the visual bounds (the screen less task bars and docks) of
 * one of the given screens, and is never larger than that screen.
 */
public final class WindowPlacement {
    /** The smallest size of the first window, before it is fitted to the screen. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** The share of a larger screen's width and height the first window takes. */
    static final double SCREEN_SHARE = 0.85;
    /** The smallest size a stored window is restored at (or the screen's size, if smaller). */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 400;

    private WindowPlacement() {
    }

    /**
     * The bounds to open the window at.
     * <ul>
     * <li>No stored bounds (first start): {@link #SCREEN_SHARE} of the primary screen's width and height but at
     *     least the default size, shrunk to fit the screen, centred on it (1280×800 would be a small window in the
     *     corner of a 1920×1080 screen, with the tables' columns cut).</li>
     * <li>Stored bounds on a screen that still exists: on the screen they overlap most, their size fitted to it
     *     (at least {@link #MIN_WIDTH}×{@link #MIN_HEIGHT}), moved the least distance that brings them wholly
     *     onto it.</li>
     * <li>Stored bounds on no screen (the screen was unplugged): their size fitted to the primary screen,
     *     centred on it.</li>
     * </ul>
     * The maximized flag is kept; the bounds are then where the window returns when it is restored.
     *
     * @param stored  the stored bounds, or null; any numbers (NaN, infinite, negative) are accepted
     * @param screens the visual bounds of the screens, the primary first; empty: the stored or default bounds
     *                are returned unfitted (there is nothing to fit them to)
     */
    public static WindowBounds place(WindowBounds stored, List<Rectangle2D> screens) {
        boolean valid = stored != null && Double.isFinite(stored.x()) && Double.isFinite(stored.y())
                && Double.isFinite(stored.width()) && Double.isFinite(stored.height())
                && stored.width() > 0 && stored.height() > 0;
        if (screens.isEmpty()) {
            return valid ? stored : new WindowBounds(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
        }
        Rectangle2D screen = valid ? mostOverlapped(stored, screens) : null;
        boolean onScreen = screen != null;
        if (!onScreen) {
            screen = screens.get(0);
        }
        double w = fit(valid ? stored.width() : first(DEFAULT_WIDTH, screen.getWidth()), MIN_WIDTH, screen.getWidth());
        double h = fit(valid ? stored.height() : first(DEFAULT_HEIGHT, screen.getHeight()), MIN_HEIGHT,
                screen.getHeight());
        double x;
        double y;
        if (onScreen) {
            x = start(stored.x(), w, screen.getMinX(), screen.getMaxX());
            y = start(stored.y(), h, screen.getMinY(), screen.getMaxY());
        } else {
            x = screen.getMinX() + (screen.getWidth() - w) / 2;
            y = screen.getMinY() + (screen.getHeight() - h) / 2;
        }
        return new WindowBounds(x, y, w, h, valid && stored.maximized());
    }

    /** A length of the first window: the screen's share, at least {@code least}, in whole pixels. */
    private static double first(double least, double screen) {
        return Math.max(least, Math.floor(screen * SCREEN_SHARE));
    }

    /** The screen the bounds overlap most, or null when they overlap none. */
    private static Rectangle2D mostOverlapped(WindowBounds b, List<Rectangle2D> screens) {
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            // each side is clamped to the screen first: no overflow however large the stored numbers
            double w = Math.min(s.getMaxX(), b.x() + b.width()) - Math.max(s.getMinX(), b.x());
            double h = Math.min(s.getMaxY(), b.y() + b.height()) - Math.max(s.getMinY(), b.y());
            double area = w > 0 && h > 0 ? w * h : 0;
            if (area > bestArea) {
                best = s;
                bestArea = area;
            }
        }
        return best;
    }

    /** A length between {@code min} and {@code max}, or {@code max} when the screen is smaller than {@code min}. */
    private static double fit(double length, double min, double max) {
        return Math.min(Math.max(length, min), max);
    }

    /**
     * {@code value} moved so that {@code value + length} stays within {@code [min, max]} also as computed in floating
     * point, in both forms a screen's bounds test it ({@code start + length <= max} and
     * {@code length <= max - start}): {@code max - length + length} may round above {@code max} (679.96 + 400.04 is
     * 1080.0000000000001), and {@code max - start} below {@code length} (2120 - 1232.92 is 887.0799999999999).
     */
    private static double start(double value, double length, double min, double max) {
        double start = clamp(value, min, max - length);
        while (start > min && (start + length > max || length > max - start)) {
            start = Math.nextDown(start);
        }
        return start;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
