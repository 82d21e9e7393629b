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

    /**
     * The marker under a screen point: the one drawn on top of those whose circle holds it; else, within
     * {@code slop} pixels of a circle's edge, the one whose edge is nearest (so that a click just outside one circle
     * never picks a neighbour it is not in); else null.
     */
    Marker at(double sx, double sy, double slop) {
        Marker near = null;
        double nearest = slop;
        for (int i = markers.size() - 1; i >= 0; i--) {
            Marker m = markers.get(i);
            double gap = Math.hypot(sx - m.x(), sy - m.y()) - m.radius();
            if (gap <= 0) {
                return m;
            }
            if (gap < nearest || near == null && gap <= nearest) {
                nearest = gap;
                near = m;
            }
        }
        return near;
    }
}
