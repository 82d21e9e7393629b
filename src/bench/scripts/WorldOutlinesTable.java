import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.Region;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the country outlines that {@code app.delegations.ui.map.WorldOutlines} reads
 * ({@code src/main/resources/app/delegations/ui/map/world-50m.txt}) from world-atlas's {@code countries-50m.json}
 * (Natural Earth 1:50m admin 0 countries as TopoJSON); run by {@code world-outlines.sh}. A single-file program,
 * not part of any build: it needs Jackson databind and ICU4J on its class path.
 *
 * <p>The arcs are decoded here (TopoJSON stores each arc once, delta-encoded in a quantized grid; a ring lists
 * its arcs, {@code ~i} for arc {@code i} reversed; consecutive arcs share their end point). Each country's rings
 * are written as they are, holes included (a reader fills them with the even-odd rule), in the same quantized
 * grid (no precision lost), each ring with Google's Encoded Polyline Algorithm: integer deltas, zig-zag, 5-bit
 * groups as the characters 63 to 126. A ring that crosses the antimeridian is written as one ring per side.
 *
 * <p>world-atlas names a country by its ISO 3166-1 numeric code; the alpha-2 code is ICU4J's
 * {@link Region#getInstance(int)}. The five shapes without a code: Kosovo is {@code XK}; Somaliland joins
 * {@code SO} and Northern Cyprus {@code CY} (as ISO 3166-1 counts them); the Indian Ocean Territories and the
 * Siachen Glacier are left out. Ashmore and Cartier Islands share Australia's code and join {@code AU}.
 *
 * <p>One deliberate deviation from Natural Earth's default edition, which draws the line of control: Crimea and
 * Sevastopol are drawn as Ukraine's, merged into its mainland outline ({@link #cedeCrimea}), as the Polish city
 * hall the map serves (with Poland, the EU and UN General Assembly resolution 68/262) holds; the file's header
 * says so.
 */
public final class WorldOutlinesTable {
    private static final Map<String, String> UNCODED = Map.of("Kosovo", "XK", "Somaliland", "SO", "N. Cyprus", "CY");

    public static void main(String[] args) throws Exception {
        JsonNode topo = new ObjectMapper().readTree(new File(args[0]));
        String version = args.length > 1 ? args[1] : "?";
        JsonNode transform = topo.get("transform");
        List<int[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topo.get("arcs")) {
            int[][] points = new int[arc.size()][2];
            int x = 0;
            int y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asInt();
                y += arc.get(i).get(1).asInt();
                points[i][0] = x;
                points[i][1] = y;
            }
            arcs.add(points);
        }
        // each code's polygons as they come, each a list of rings (outer ring first), each ring its arcs' indices
        Map<String, List<List<int[]>>> shapes = new TreeMap<>();
        int dropped = 0;
        for (JsonNode g : topo.get("objects").get("countries").get("geometries")) {
            String name = g.get("properties").get("name").asText();
            String code;
            if (g.hasNonNull("id")) {
                code = Region.getInstance(Integer.parseInt(g.get("id").asText())).toString();
            } else {
                code = UNCODED.get(name);
            }
            if (code == null || code.length() != 2) {
                System.err.println("left out: " + name + " (" + g.get("id") + " -> " + code + ")");
                dropped++;
                continue;
            }
            JsonNode polygons = g.get("type").asText().equals("Polygon") ? List.of(g.get("arcs")).get(0) : null;
            List<JsonNode> list = new ArrayList<>();
            if (polygons != null) {
                list.add(polygons);
            } else {
                g.get("arcs").forEach(list::add);
            }
            for (JsonNode polygon : list) {
                List<int[]> arcRings = new ArrayList<>();
                for (JsonNode ring : polygon) {
                    int[] r = new int[ring.size()];
                    for (int i = 0; i < r.length; i++) {
                        r[i] = ring.get(i).asInt();
                    }
                    arcRings.add(r);
                }
                shapes.computeIfAbsent(code, c -> new ArrayList<>()).add(arcRings);
            }
        }
        double[] grid = {transform.get("scale").get(0).asDouble(), transform.get("scale").get(1).asDouble(),
            transform.get("translate").get(0).asDouble(), transform.get("translate").get(1).asDouble()};
        int ceded = cedeCrimea(shapes, arcs, grid);
        int width = (int) Math.round(360 / transform.get("scale").get(0).asDouble());
        Map<String, List<String>> rings = new TreeMap<>();
        for (var e : shapes.entrySet()) {
            for (List<int[]> polygon : e.getValue()) {
                for (int[] ring : polygon) {
                    for (List<int[]> piece : splitAtAntimeridian(ring(ring, arcs), width)) {
                        rings.computeIfAbsent(e.getKey(), c -> new ArrayList<>()).add(encode(piece));
                    }
                }
            }
        }
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("# Country outlines: Natural Earth 1:50m Admin 0 - Countries (public domain, naturalearthdata.com),"
                + " as TopoJSON in the npm package world-atlas " + version + " (ISC licence, (c) Michael Bostock).");
        out.println("# One deviation from Natural Earth's default (de facto) edition: Crimea and Sevastopol are drawn as"
                + " part of Ukraine (merged into its mainland outline), as Poland, the EU and UN GA resolution 68/262 hold.");
        out.println("# Generated by src/bench/scripts/world-outlines.sh (WorldOutlinesTable.java); do not edit by hand.");
        out.println("# One line per ISO 3166-1 alpha-2 code (XK Kosovo; Somaliland in SO, N. Cyprus in CY, Ashmore and"
                + " Cartier Is. in AU): the code, then each ring (holes too: fill even-odd), tab-separated.");
        out.println("# A ring: its points in a grid of lon = x * sx + tx, lat = y * sy + ty (the scale line), as Google's"
                + " Encoded Polyline Algorithm of x, y deltas (zig-zag, 5-bit groups, characters 63-126).");
        out.println("scale\t" + transform.get("scale").get(0).asText() + "\t" + transform.get("scale").get(1).asText()
                + "\t" + transform.get("translate").get(0).asText() + "\t" + transform.get("translate").get(1).asText());
        for (var e : rings.entrySet()) {
            out.println(e.getKey() + "\t" + String.join("\t", e.getValue()));
        }
        out.flush();
        System.err.println(rings.size() + " codes, " + dropped + " shapes left out, " + ceded
                + " polygon(s) of Crimea drawn as Ukraine's");
    }

    /**
     * Draws Crimea (with Sevastopol) as Ukraine's, as Poland, the EU and the UN General Assembly (resolution
     * 68/262) hold, where Natural Earth's default edition draws the line of control: each polygon of Russia
     * lying wholly within the peninsula's box (lon 32.4 to 36.7, lat 44.3 to 46.3: south of the Perekop isthmus;
     * the Taman peninsula east of the Kerch strait is part of Russia's mainland polygon, which reaches far
     * beyond the box, and stays) moves to Ukraine and is merged with the Ukrainian polygon it shares a border
     * with, so that no line is drawn across the isthmus. Returns the number of polygons moved.
     */
    private static int cedeCrimea(Map<String, List<List<int[]>>> shapes, List<int[][]> arcs, double[] grid) {
        List<List<int[]>> russia = shapes.getOrDefault("RU", List.of());
        List<List<int[]>> ukraine = shapes.get("UA");
        int moved = 0;
        for (var it = russia.iterator(); it.hasNext();) {
            List<int[]> polygon = it.next();
            if (!inCrimea(polygon.get(0), arcs, grid)) {
                continue;
            }
            it.remove();
            moved++;
            boolean merged = false;
            for (int k = 0; k < ukraine.size() && !merged; k++) {
                List<int[]> outer = merge(ukraine.get(k).get(0), polygon.get(0), arcs);
                if (outer != null) {
                    var joined = new ArrayList<>(outer);
                    joined.addAll(ukraine.get(k).subList(1, ukraine.get(k).size()));
                    joined.addAll(polygon.subList(1, polygon.size()));
                    ukraine.set(k, joined);
                    merged = true;
                }
            }
            if (!merged) {
                ukraine.add(polygon);
            }
        }
        return moved;
    }

    /** True when every point of the ring lies in Crimea's box; {@code grid} is sx, sy, tx, ty (lon = x * sx + tx). */
    private static boolean inCrimea(int[] ring, List<int[][]> arcs, double[] grid) {
        for (int i : ring) {
            for (int[] p : arcs.get(i >= 0 ? i : ~i)) {
                double lon = p[0] * grid[0] + grid[2];
                double lat = p[1] * grid[1] + grid[3];
                if (lon < 32.4 || lon > 36.7 || lat < 44.3 || lat > 46.3) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Two adjacent outer rings as one: the arcs they share (one ring runs {@code i}, the other {@code ~i}) dropped,
     * the rest chained end to start. The first ring is the outer ring; any further ones enclose what lay between
     * the two (holes). Null when the rings share no arc.
     */
    private static List<int[]> merge(int[] a, int[] b, List<int[][]> arcs) {
        var inA = new HashSet<Integer>();
        for (int i : a) {
            inA.add(i);
        }
        var shared = new HashSet<Integer>();
        for (int i : b) {
            if (inA.contains(~i)) {
                shared.add(i);
                shared.add(~i);
            }
        }
        if (shared.isEmpty()) {
            return null;
        }
        var rest = new ArrayList<Integer>();
        for (int[] r : new int[][] {a, b}) {
            for (int i : r) {
                if (!shared.contains(i)) {
                    rest.add(i);
                }
            }
        }
        var rings = new ArrayList<int[]>();
        while (!rest.isEmpty()) {
            var ring = new ArrayList<Integer>();
            int arc = rest.remove(0);
            int[] start = end(arc, false, arcs);
            ring.add(arc);
            while (!Arrays.equals(end(arc, true, arcs), start)) {
                int[] at = end(arc, true, arcs);
                int next = -1;
                for (int k = 0; k < rest.size(); k++) {
                    if (Arrays.equals(end(rest.get(k), false, arcs), at)) {
                        next = k;
                        break;
                    }
                }
                if (next < 0) {
                    throw new IllegalStateException("the merged ring does not close at arc " + arc);
                }
                arc = rest.remove(next);
                ring.add(arc);
            }
            rings.add(ring.stream().mapToInt(Integer::intValue).toArray());
        }
        return rings;
    }

    /** The first ({@code last} false) or last point of arc {@code i} as the ring runs it ({@code ~i} reversed). */
    private static int[] end(int i, boolean last, List<int[][]> arcs) {
        int[][] arc = arcs.get(i >= 0 ? i : ~i);
        return (i >= 0) == last ? arc[arc.length - 1] : arc[0];
    }

    /** The ring's points: its arcs joined, each arc's first point dropped after the first arc (it repeats). */
    private static List<int[]> ring(int[] ring, List<int[][]> arcs) {
        var points = new ArrayList<int[]>();
        for (int i : ring) {
            int[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                int[] p = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k == 0 && !points.isEmpty()) {
                    continue;
                }
                points.add(p);
            }
        }
        return points;
    }

    /**
     * A ring that crosses the antimeridian (Russia's Chukotka, Fiji) as one ring per side, each closed along the
     * meridian, so that no edge runs across the whole map; {@code width} is the grid's 360 degrees. A ring that
     * crosses it an odd number of times goes round a pole (Antarctica) and stays whole.
     */
    private static List<List<int[]>> splitAtAntimeridian(List<int[]> ring, int width) {
        var cuts = new ArrayList<Integer>();
        for (int i = 0; i < ring.size(); i++) {
            int[] p = ring.get(i);
            int[] q = ring.get((i + 1) % ring.size());
            if (Math.abs(q[0] - p[0]) > width / 2) {
                cuts.add(i);
            }
        }
        if (cuts.isEmpty() || cuts.size() % 2 != 0) {
            return List.of(ring);
        }
        var pieces = new ArrayList<List<int[]>>();
        var piece = new ArrayList<int[]>();
        int first = cuts.get(0);
        // start right after the first crossing, so that every piece lies on one side
        for (int k = 1; k <= ring.size(); k++) {
            int i = (first + k) % ring.size();
            int[] p = ring.get(i);
            piece.add(p);
            int[] q = ring.get((i + 1) % ring.size());
            if (Math.abs(q[0] - p[0]) > width / 2) {
                boolean eastToWest = p[0] > q[0];
                double px = eastToWest ? p[0] : p[0] + width;
                double t = (width - px) / ((eastToWest ? q[0] + width : q[0]) - px);
                int y = (int) Math.round(p[1] + t * (q[1] - p[1]));
                piece.add(new int[] {eastToWest ? width : 0, y});
                pieces.add(piece);
                piece = new ArrayList<>();
                piece.add(new int[] {eastToWest ? 0 : width, y});
            }
        }
        return pieces;
    }

    private static String encode(List<int[]> points) {
        var s = new StringBuilder();
        int px = 0;
        int py = 0;
        for (int[] p : points) {
            put(s, p[0] - px);
            put(s, p[1] - py);
            px = p[0];
            py = p[1];
        }
        return s.toString();
    }

    private static void put(StringBuilder s, int value) {
        int v = value < 0 ? ~(value << 1) : value << 1;
        while (v >= 0x20) {
            s.append((char) ((0x20 | (v & 0x1f)) + 63));
            v >>>= 5;
        }
        s.append((char) (v + 63));
    }
}
