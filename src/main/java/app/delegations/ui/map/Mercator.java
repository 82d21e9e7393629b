package app.delegations.ui.map;

/**
 * The map's projection: spherical (Web) Mercator onto a square world of side 1, x growing east from the
 * antimeridian and y growing south from latitude {@value #MAX_LAT}° (further north or south is clamped). Shapes
 * keep their form locally (Central and Eastern Europe looks as on a wall map), at the price of growing areas
 * towards the poles.
 */
final class Mercator {
    /** The latitude at which the square world ends (Web Mercator's limit). */
    static final double MAX_LAT = 85.05112878;

    private Mercator() {
    }

    static double x(double lon) {
        return (lon + 180) / 360;
    }

    static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double phi = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
    }

    static double lon(double x) {
        return x * 360 - 180;
    }

    static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
