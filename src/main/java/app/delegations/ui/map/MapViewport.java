package app.delegations.ui.map;

import java.util.List;

/**
 * What part of the {@link Mercator} world the map shows: the world point at the centre of the view and the scale
 * in pixels per world unit (256 is the whole world in 256 pixels, zoom level 0 of web maps). The scale stays
 * between {@link #MIN_SCALE} and {@link #MAX_SCALE} and the centre inside the world, whatever is asked.
 */
final class MapViewport {
    /** The whole world in 256 pixels. */
    static final double MIN_SCALE = 256;
    /** Zoom level 18 of web maps: a street. */
    static final double MAX_SCALE = 256.0 * (1 << 18);
    /** Framing never zooms in past zoom level 11 (a city and its surroundings), even for one place. */
    static final double MAX_FRAME_SCALE = 256.0 * (1 << 11);
    /**
     * Framing shows at least this much of the world across and down (8 degrees of longitude, about 600 km in Central
     * Europe): one place, or a few close together, is seen among its country's outline and its neighbours, not on a
     * blank tint of its country.
     */
    static final double MIN_FRAME_SPAN = 8.0 / 360;
    /** A +/− step (toolbar, keys) and one notch of the wheel zoom by this factor. */
    static final double STEP = 1.5;

    private double centerX = 0.5;
    private double centerY = 0.5;
    private double scale = MIN_SCALE;
    private double width;
    private double height;

    double centerX() {
        return centerX;
    }

    double centerY() {
        return centerY;
    }

    double scale() {
        return scale;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** True once the view has a size. */
    boolean sized() {
        return width >= 1 && height >= 1;
    }

    void resize(double w, double h) {
        width = Math.max(0, w);
        height = Math.max(0, h);
    }

    /** A view of the given centre, scale and size (as given: not clamped). */
    static MapViewport at(double centerX, double centerY, double scale, double w, double h) {
        var v = new MapViewport();
        v.centerX = centerX;
        v.centerY = centerY;
        v.scale = scale;
        v.resize(w, h);
        return v;
    }

    /** The same centre and scale seen through a view of another size. */
    MapViewport resized(double w, double h) {
        return at(centerX, centerY, scale, w, h);
    }

    double screenX(double worldX) {
        return (worldX - centerX) * scale + width / 2;
    }

    double screenY(double worldY) {
        return (worldY - centerY) * scale + height / 2;
    }

    double worldX(double screenX) {
        return (screenX - width / 2) / scale + centerX;
    }

    double worldY(double screenY) {
        return (screenY - height / 2) / scale + centerY;
    }

    /** Zooms by {@code factor} keeping the world point under the screen point {@code (sx, sy)} where it is. */
    void zoomAt(double factor, double sx, double sy) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        scale = clampScale(scale * factor);
        centerX = wx - (sx - width / 2) / scale;
        centerY = wy - (sy - height / 2) / scale;
        clampCenter();
    }

    /** Moves the view by screen pixels (a drag to the right moves the world to the right: {@code dx} negative). */
    void panBy(double dx, double dy) {
        centerX += dx / scale;
        centerY += dy / scale;
        clampCenter();
    }

    /** Centres on a world point, keeping the scale. */
    void centerOn(double x, double y) {
        centerX = x;
        centerY = y;
        clampCenter();
    }

    /** True when the world point is at least {@code margin} pixels inside the view. */
    boolean shows(double x, double y, double margin) {
        double sx = screenX(x);
        double sy = screenY(y);
        return sx >= margin && sy >= margin && sx <= width - margin && sy <= height - margin;
    }

    /**
     * Shows the world box, grown to {@link #MIN_FRAME_SPAN} where smaller, with {@code padding} pixels around it, as
     * large as fits (at most {@link #MAX_FRAME_SCALE}).
     */
    void frame(double minX, double minY, double maxX, double maxY, double padding) {
        double growX = Math.max(0, MIN_FRAME_SPAN - (maxX - minX)) / 2;
        double growY = Math.max(0, MIN_FRAME_SPAN - (maxY - minY)) / 2;
        minX -= growX;
        maxX += growX;
        minY -= growY;
        maxY += growY;
        double w = Math.max(1, width - 2 * padding);
        double h = Math.max(1, height - 2 * padding);
        double fit = Math.min(w / Math.max(maxX - minX, 1e-12), h / Math.max(maxY - minY, 1e-12));
        scale = clampScale(Math.min(fit, MAX_FRAME_SCALE));
        centerX = (minX + maxX) / 2;
        centerY = (minY + maxY) / 2;
        clampCenter();
    }

    /** Shows every place of a non-empty list, with {@code padding} pixels around them. */
    void frame(List<MapPlace> places, double padding) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (MapPlace p : places) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        frame(minX, minY, maxX, maxY, padding);
    }

    boolean canZoomIn() {
        return scale < MAX_SCALE;
    }

    boolean canZoomOut() {
        return scale > MIN_SCALE;
    }

    private static double clampScale(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    private void clampCenter() {
        centerX = Math.max(0, Math.min(1, centerX));
        centerY = Math.max(0, Math.min(1, centerY));
    }
}
