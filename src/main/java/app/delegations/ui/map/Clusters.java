package app.delegations.ui.map;

import app.delegations.ui.map.MapFrame.Marker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The markers of a clustered frame, as any map app draws them: circles that never overlap, in O(places) plus
 * O(cells log cells). First the places on screen are binned into {@link #CELL}-pixel cells anchored to the world
 * (so that a pan does not regroup them): a cell holding one place keeps that place's marker, a cell of several
 * becomes a cluster at their centre. Then any two circles that would come nearer than {@link #APART} pixels are
 * merged into one at their weighted centre (the mean of all their places) with the summed count, and the merged
 * circle is checked again, until none are that near; each merge leaves one circle fewer, and since no circle is
 * wider than {@link #MAX_RADIUS}, a circle meets only those in the 3 × 3 neighbouring buckets of a hash of
 * {@link #BUCKET}-pixel buckets. A cluster's radius grows with the logarithm of its count, from
 * {@link #MIN_RADIUS} to {@link #MAX_RADIUS}, and is never too small for its count's digits.
 */
final class Clusters {
    /** The side of a first-pass cell in pixels. */
    static final double CELL = 48;
    static final double MIN_RADIUS = 10;
    static final double MAX_RADIUS = 28;
    /**
     * The least gap between two circles' edges: each is drawn with a 2-pixel outline (1 pixel outside its
     * radius), so the outlines never touch either.
     */
    static final double APART = 3;
    /** The count keeps this far from its circle's edge, on either side. */
    static final double TEXT_MARGIN = 3;
    private static final double BUCKET = 2 * MAX_RADIUS + APART;

    private Clusters() {
    }

    /**
     * The radius of a cluster of {@code count} places: {@code 10 + 4·log10(count)}, at least wide enough for the
     * count ({@code digitsWidth}, its width in the label font, which is no narrower than the cluster font), and at
     * most {@link #MAX_RADIUS}.
     */
    static double radius(int count, double digitsWidth) {
        double r = Math.max(MIN_RADIUS + 4 * Math.log10(count), digitsWidth / 2 + TEXT_MARGIN);
        return Math.min(MAX_RADIUS, r);
    }

    /**
     * The markers for {@code onScreen} seen through {@code v}, biggest first; {@code textWidth} measures a count in
     * the map's label font.
     */
    static List<Marker> of(List<MapPlace> onScreen, MapViewport v, ToDoubleFunction<String> textWidth) {
        double ox = v.screenX(0);
        double oy = v.screenY(0);
        var cells = new HashMap<Long, Group>();
        var groups = new ArrayList<Group>();
        for (MapPlace p : onScreen) {
            double sx = v.screenX(p.x());
            double sy = v.screenY(p.y());
            long cx = (long) Math.floor((sx - ox) / CELL);
            long cy = (long) Math.floor((sy - oy) / CELL);
            Group g = cells.computeIfAbsent(key(cx, cy), k -> {
                var created = new Group(cy, cx);
                groups.add(created);
                return created;
            });
            g.add(p, sx, sy);
        }
        // the file's order decided which cell came first: the cells' own order makes the merges the same whatever it is
        groups.sort(Comparator.comparingLong((Group g) -> g.row).thenComparingLong(g -> g.column));
        var buckets = new HashMap<Long, List<Group>>();
        for (Group g : groups) {
            g.settle(textWidth);
            bucket(buckets, g).add(g);
        }
        var work = new ArrayDeque<Group>(groups);
        var left = new ArrayList<Group>();
        while (!work.isEmpty()) {
            Group g = work.poll();
            if (g.gone) {
                continue;
            }
            Group nearest = nearest(buckets, g);
            if (nearest == null) {
                left.add(g);
                continue;
            }
            bucket(buckets, g).remove(g);
            bucket(buckets, nearest).remove(nearest);
            g.gone = true;
            nearest.gone = true;
            Group merged = new Group(g.row, g.column);
            merged.absorb(g);
            merged.absorb(nearest);
            merged.settle(textWidth);
            bucket(buckets, merged).add(merged);
            work.add(merged);
        }
        var out = new ArrayList<Marker>(left.size());
        for (Group g : left) {
            if (!g.gone) {
                out.add(g.marker());
            }
        }
        out.sort(Comparator.comparingDouble(Marker::radius).reversed());
        return out;
    }

    /** The circle that comes nearest to {@code g} within {@link #APART} of its edge (or overlaps it most), or null. */
    private static Group nearest(HashMap<Long, List<Group>> buckets, Group g) {
        long bx = (long) Math.floor(g.x / BUCKET);
        long by = (long) Math.floor(g.y / BUCKET);
        Group best = null;
        double bestGap = APART;
        for (long y = by - 1; y <= by + 1; y++) {
            for (long x = bx - 1; x <= bx + 1; x++) {
                List<Group> in = buckets.get(key(x, y));
                if (in == null) {
                    continue;
                }
                for (Group o : in) {
                    if (o == g) {
                        continue;
                    }
                    double gap = Math.hypot(o.x - g.x, o.y - g.y) - o.r - g.r;
                    if (gap < bestGap) {
                        bestGap = gap;
                        best = o;
                    }
                }
            }
        }
        return best;
    }

    private static List<Group> bucket(HashMap<Long, List<Group>> buckets, Group g) {
        long bx = (long) Math.floor(g.x / BUCKET);
        long by = (long) Math.floor(g.y / BUCKET);
        return buckets.computeIfAbsent(key(bx, by), k -> new ArrayList<>(4));
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }

    /** Places drawn as one circle: their count, the sums of their screen positions, the one place when alone. */
    private static final class Group {
        final long row;
        final long column;
        int count;
        double sumX;
        double sumY;
        MapPlace only;
        double x;
        double y;
        double r;
        boolean gone;

        Group(long row, long column) {
            this.row = row;
            this.column = column;
        }

        void add(MapPlace p, double sx, double sy) {
            only = count == 0 ? p : null;
            count++;
            sumX += sx;
            sumY += sy;
        }

        void absorb(Group o) {
            count += o.count;
            sumX += o.sumX;
            sumY += o.sumY;
            only = null;
        }

        /** Its centre and radius, once its places are all in. */
        void settle(ToDoubleFunction<String> textWidth) {
            x = sumX / count;
            y = sumY / count;
            r = only != null ? MarkerLayout.radius(only.meetings())
                    : radius(count, textWidth.applyAsDouble(Integer.toString(count)));
        }

        Marker marker() {
            return only != null ? new Marker(x, y, r, only, 1, only.role(), false)
                    : new Marker(x, y, r, null, count, null, false);
        }
    }
}
