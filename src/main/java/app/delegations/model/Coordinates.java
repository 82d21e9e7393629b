package app.delegations.model;

import java.math.BigDecimal;

/**
 * A WGS84 position: of the city itself, or of a region's seat (then {@code seat} names it).
 *
 * <p>{@code latText} and {@code lonText} are the numbers as the data file writes them ({@code 17.1910}), so that
 * a file saved again keeps its written precision; {@code lat} and {@code lon} are their values, which the rest
 * of the app uses. Each text is a JSON number whose value is exactly its double. Two coordinates are equal when
 * their values and seats are, however the numbers are written ({@code 17.1910} and {@code 17.191} agree, as two
 * files of an archive that define the same place may).
 */
public record Coordinates(double lat, double lon, String seat, String latText, String lonText) {
    public Coordinates {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        latText = written(latText, lat);
        lonText = written(lonText, lon);
    }

    /** Coordinates made in the app (not read from a file): the numbers are written in their shortest form. */
    public Coordinates(double lat, double lon, String seat) {
        this(lat, lon, seat, null, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coordinates c && Double.compare(lat, c.lat) == 0 && Double.compare(lon, c.lon) == 0
                && (seat == null ? c.seat == null : seat.equals(c.seat));
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(lat) * 31 + Double.hashCode(lon)) * 31 + (seat == null ? 0 : seat.hashCode());
    }

    /** {@code text}, checked to be a JSON number of the value {@code value}; or, when null, the plain shortest form. */
    private static String written(String text, double value) {
        if (text == null) {
            return BigDecimal.valueOf(value).toPlainString();
        }
        if (!isJsonNumber(text) || Double.parseDouble(text) != value) {
            throw new IllegalArgumentException("\"" + text + "\" is not the number " + value);
        }
        return text;
    }

    /** The JSON grammar of a number: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    static boolean isJsonNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            i++;
        } else {
            int from = i;
            i = digits(s, i);
            if (i == from || s.charAt(from) == '0') {
                return false;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            int from = ++i;
            i = digits(s, i);
            if (i == from) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int from = i;
            i = digits(s, i);
            if (i == from) {
                return false;
            }
        }
        return i == n;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
