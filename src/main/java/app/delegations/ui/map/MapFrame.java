package app.delegations.ui.map;

import app.delegations.model.PlaceRole;
import java.util.List;

/**
 * What one frame of the map draws over the outlines, in screen pixels: the markers in drawing order (the
 * selected place last, on top) and the labels, no two of which overlap each other or a marker.
 *
 * @param clustered true when places close together on screen are drawn as one cluster marker
 */
record MapFrame(List<Marker> markers, List<Label> labels, boolean clustered) {
    static final MapFrame EMPTY = new MapFrame(List.of(), List.of(), false);

    /**
     * A place's marker, or a cluster's (then {@code place} is null, {@code count} the places in it and
     * {@code role} null).
     */
    record Marker(double x, double y, double radius, MapPlace place, int count, PlaceRole role, boolean selected) {
        boolean cluster() {
            return place == null;
        }
    }

    /** A place's name beside its marker; {@code x}, {@code y} is the top-left corner of its box. */
    record Label(String text, double x, double y, double width, double height, MapPlace place) {
        boolean overlaps(double ox, double oy, double ow, double oh) {
            return x < ox + ow && ox < x + width && y < oy + oh && oy < y + height;
        }
    }

    /** The marker under a screen point (the one drawn on top), or null. */
    Marker at(double sx, double sy, double slop) {
        for (int i = markers.size() - 1; i >= 0; i--) {
            Marker m = markers.get(i);
            double dx = sx - m.x();
            double dy = sy - m.y();
            double r = m.radius() + slop;
            if (dx * dx + dy * dy <= r * r) {
                return m;
            }
        }
        return null;
    }
}
