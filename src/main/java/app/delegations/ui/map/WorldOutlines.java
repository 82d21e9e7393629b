package app.delegations.ui.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The world's country outlines (Natural Earth 1:50m, Crimea drawn as Ukraine's, bundled as {@code world-50m.txt}:
 * its header states the origin, that deviation and the format, {@code src/bench/scripts/world-outlines.sh} made
 * it), by ISO 3166-1 alpha-2 code, each ring in degrees and in {@link Mercator} world units with its bounding
 * box. Immutable once read.
 */
final class WorldOutlines {
    static final String RESOURCE = "world-50m.txt";

    /**
     * One closed ring of an outline; holes are rings too (filled with the even-odd rule, they stay empty).
     * {@code lonLat} and {@code xy} hold the points as pairs; the box is in world units.
     */
    record Ring(double[] lonLat, double[] xy, double minX, double minY, double maxX, double maxY) {
        int points() {
            return xy.length / 2;
        }
    }

    /** A country's rings. */
    record Outline(String code, List<Ring> rings) {
        /** True when the point lies inside the outline (even-odd over every ring, holes excluded). */
        boolean contains(double lat, double lon) {
            boolean inside = false;
            for (Ring r : rings) {
                double[] p = r.lonLat();
                int n = p.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double xi = p[2 * i];
                    double yi = p[2 * i + 1];
                    double xj = p[2 * j];
                    double yj = p[2 * j + 1];
                    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    private final Map<String, Outline> byCode;

    private WorldOutlines(Map<String, Outline> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /**
     * The bundled outlines: read once, on first use, and shared, since they are a constant of the build (no
     * window changes them): each map, and each window a test opens, would otherwise hold a copy of its own.
     */
    static WorldOutlines bundled() {
        return Bundled.OUTLINES;
    }

    /** Holds the bundled outlines, read when first asked for (the JVM's lazy class initialisation). */
    private static final class Bundled {
        static final WorldOutlines OUTLINES = readBundled();

        private Bundled() {
        }

        private static WorldOutlines readBundled() {
            try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
                return read(Objects.requireNonNull(in, RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** No outlines (before the bundled ones are read). */
    static WorldOutlines none() {
        return new WorldOutlines(Map.of());
    }

    static WorldOutlines read(InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        double sx = 0;
        double sy = 0;
        double tx = 0;
        double ty = 0;
        var outlines = new LinkedHashMap<String, Outline>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts[0].equals("scale")) {
                sx = Double.parseDouble(parts[1]);
                sy = Double.parseDouble(parts[2]);
                tx = Double.parseDouble(parts[3]);
                ty = Double.parseDouble(parts[4]);
                continue;
            }
            var rings = new ArrayList<Ring>(parts.length - 1);
            for (int i = 1; i < parts.length; i++) {
                rings.add(ring(parts[i], sx, sy, tx, ty));
            }
            outlines.put(parts[0], new Outline(parts[0], List.copyOf(rings)));
        }
        return new WorldOutlines(outlines);
    }

    /** Decodes one ring (Encoded Polyline Algorithm: zig-zag deltas in 5-bit groups, characters 63 to 126). */
    private static Ring ring(String encoded, double sx, double sy, double tx, double ty) {
        var grid = new int[encoded.length()];
        int values = 0;
        int pos = 0;
        while (pos < encoded.length()) {
            int result = 0;
            int shift = 0;
            int b;
            do {
                b = encoded.charAt(pos++) - 63;
                result |= (b & 0x1f) << shift;
                shift += 5;
            } while (b >= 0x20);
            grid[values++] = (result & 1) != 0 ? ~(result >>> 1) : result >>> 1;
        }
        double[] lonLat = new double[values];
        double[] xy = new double[values];
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        int gx = 0;
        int gy = 0;
        for (int i = 0; i + 1 < values; i += 2) {
            gx += grid[i];
            gy += grid[i + 1];
            double lon = gx * sx + tx;
            double lat = gy * sy + ty;
            lonLat[i] = lon;
            lonLat[i + 1] = lat;
            double x = Mercator.x(lon);
            double y = Mercator.y(lat);
            xy[i] = x;
            xy[i + 1] = y;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return new Ring(lonLat, xy, minX, minY, maxX, maxY);
    }

    /** The outline of a country, or null when there is none for the code. */
    Outline of(String code) {
        return byCode.get(code);
    }

    Collection<Outline> all() {
        return byCode.values();
    }
}
