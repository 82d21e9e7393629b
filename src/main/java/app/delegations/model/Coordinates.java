package app.delegations.model;

/**
 * A WGS84 position: of the city itself, or of a region's seat (then {@code seat} names it).
 */
public record Coordinates(double lat, double lon, String seat) {
    public Coordinates {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
    }
}
