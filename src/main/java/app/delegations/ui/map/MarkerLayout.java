package app.delegations.ui.map;

import app.delegations.model.PlaceRole;
import app.delegations.ui.common.ShortText;
import app.delegations.ui.map.MapFrame.Label;
import app.delegations.ui.map.MapFrame.Marker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Lays out one frame of markers and labels for the places shown, in O(places) plus O(labels × markers on screen):
 * places off screen are culled; above {@link #CLUSTER_FROM} places on screen, they are drawn as {@link Clusters}
 * (close places as one circle with their count, no two circles overlapping; so a world of 30,000 places draws a few
 * hundred markers);
 * labels are placed greedily by priority (the selected place, then by number of meetings, then host, presenter,
 * participant), each at the first of eight spots beside its marker (right, left, above, below, then the diagonals) that overlaps no label placed before, no
 * marker, and comes no nearer than {@link #CLEARANCE} to another place's marker (a label beside another marker reads
 * as that one's name); a name that fits nowhere is left out.
 */
final class MarkerLayout {
    /** Places on screen from which close places are clustered. */
    static final int CLUSTER_FROM = 300;
    /** At most this many places are tried for a label. */
    static final int LABELS_TRIED = 250;
    static final double GAP = 3;
    /**
     * A label keeps this far from every marker but its own: several times {@link #GAP}, so that the nearest marker
     * to any label is the one it names.
     */
    static final double CLEARANCE = 6;
    /**
     * A label level with another place's marker keeps this far from it sideways: a name just right (or left) of a
     * marker, at its height, reads as that marker's name wherever its own marker is.
     */
    static final double SIDE_CLEARANCE = 16;
    /** A label shows at most this many characters of a place's name (the whole name is in the details). */
    static final int LABEL_CHARS = 32;
    private static final double MAX_RADIUS = 16;

    private static final Comparator<Marker> PRIORITY = Comparator.comparing((Marker m) -> !m.selected())
            .thenComparing(Comparator.comparingInt((Marker m) -> m.place().meetings()).reversed())
            .thenComparingInt(m -> rank(m.role()))
            .thenComparingInt(m -> m.place().entry().index());

    private MarkerLayout() {
    }

    /** A place's marker radius: grows with the square root of its meetings, from 4 to 16 pixels. */
    static double radius(int meetings) {
        return Math.min(MAX_RADIUS, 4 + 2.5 * Math.sqrt(meetings));
    }

    /**
     * The frame for {@code places} (in the file's order) seen through {@code viewport}; {@code selectedId} is
     * never clustered; {@code textWidth} measures a label, {@code textHeight} is a label's height.
     */
    static MapFrame layout(List<MapPlace> places, MapViewport viewport, String selectedId,
                           ToDoubleFunction<String> textWidth, double textHeight) {
        if (!viewport.sized() || places.isEmpty()) {
            return MapFrame.EMPTY;
        }
        double w = viewport.width();
        double h = viewport.height();
        var onScreen = new ArrayList<MapPlace>();
        MapPlace selected = null;
        for (MapPlace p : places) {
            double sx = viewport.screenX(p.x());
            double sy = viewport.screenY(p.y());
            if (sx >= -MAX_RADIUS && sy >= -MAX_RADIUS && sx <= w + MAX_RADIUS && sy <= h + MAX_RADIUS) {
                if (p.id().equals(selectedId)) {
                    selected = p;
                } else {
                    onScreen.add(p);
                }
            }
        }
        var markers = new ArrayList<Marker>();
        boolean clustered = onScreen.size() + (selected == null ? 0 : 1) > CLUSTER_FROM;
        if (clustered) {
            markers.addAll(Clusters.of(onScreen, viewport, textWidth));
        } else {
            for (MapPlace p : onScreen) {
                markers.add(single(p, viewport, false));
            }
            // the big ones first, so that a small marker is never hidden under a big one
            markers.sort(Comparator.comparingDouble(Marker::radius).reversed());
        }
        if (selected != null) {
            markers.add(single(selected, viewport, true));
        }
        return new MapFrame(List.copyOf(markers), labels(markers, textWidth, textHeight, w, h), clustered);
    }

    private static Marker single(MapPlace p, MapViewport v, boolean selected) {
        return new Marker(v.screenX(p.x()), v.screenY(p.y()), radius(p.meetings()), p, 1, p.role(), selected);
    }

    /** Labels lie wholly inside the {@code w × h} view: a spot that would run off its edge is not taken. */
    private static List<Label> labels(List<Marker> markers, ToDoubleFunction<String> textWidth, double textHeight,
                                      double w, double h) {
        var candidates = new ArrayList<Marker>();
        for (Marker m : markers) {
            if (!m.cluster()) {
                candidates.add(m);
            }
        }
        candidates.sort(PRIORITY);
        var placed = new ArrayList<Label>();
        for (int i = 0; i < Math.min(LABELS_TRIED, candidates.size()); i++) {
            Marker m = candidates.get(i);
            String text = ShortText.shorten(m.place().name(), LABEL_CHARS);
            double tw = textWidth.applyAsDouble(text);
            double r = m.radius() + GAP;
            double d = r * Math.sqrt(0.5); // the diagonal spots: a label's corner at the marker's edge
            double[][] spots = {
                    {m.x() + r, m.y() - textHeight / 2},
                    {m.x() - r - tw, m.y() - textHeight / 2},
                    {m.x() - tw / 2, m.y() - r - textHeight},
                    {m.x() - tw / 2, m.y() + r},
                    {m.x() + d, m.y() - d - textHeight},
                    {m.x() + d, m.y() + d},
                    {m.x() - d - tw, m.y() - d - textHeight},
                    {m.x() - d - tw, m.y() + d}};
            for (double[] s : spots) {
                boolean inside = s[0] >= 0 && s[1] >= 0 && s[0] + tw <= w && s[1] + textHeight <= h;
                if (inside && free(s[0], s[1], tw, textHeight, placed, markers, m)) {
                    placed.add(new Label(text, s[0], s[1], tw, textHeight, m.place()));
                    break;
                }
            }
        }
        return List.copyOf(placed);
    }

    private static boolean free(double x, double y, double w, double h, List<Label> placed, List<Marker> markers,
                                Marker own) {
        for (Label l : placed) {
            if (l.overlaps(x, y, w, h)) {
                return false;
            }
        }
        for (Marker m : markers) {
            double r = m.radius();
            if (m == own) {
                if (m.x() - r < x + w && x < m.x() + r && m.y() - r < y + h && y < m.y() + r) {
                    return false;
                }
            } else if (distance(x, y, w, h, m) < CLEARANCE || beside(x, y, w, h, m) < SIDE_CLEARANCE) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far the box {@code x, y, w, h} is, sideways, from the edge of marker {@code m} level with it (its centre
     * within the box's height), where a label reads as that marker's; infinite when the marker is not level with it.
     */
    static double beside(double x, double y, double w, double h, Marker m) {
        if (m.y() < y || m.y() > y + h) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(x - m.x(), m.x() - (x + w)) - m.radius();
    }

    /** How far the box {@code x, y, w, h} is from the edge of marker {@code m} (negative: it covers part of it). */
    static double distance(double x, double y, double w, double h, Marker m) {
        double dx = Math.max(0, Math.max(x - m.x(), m.x() - (x + w)));
        double dy = Math.max(0, Math.max(y - m.y(), m.y() - (y + h)));
        return Math.hypot(dx, dy) - m.radius();
    }

    private static int rank(PlaceRole role) {
        return role == null ? 3 : switch (role) {
            case HOST -> 0;
            case PRESENTER -> 1;
            case PARTICIPANT -> 2;
        };
    }
}
