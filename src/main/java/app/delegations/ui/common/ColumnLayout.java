package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table's column layout as stored in the preferences: the order of the columns, the sort keys and the widths.
 * {@link #parse} is total: whatever the stored text (damaged, hand-edited, from another version), the result
 * names only the table's columns, each once, and only widths in [{@link #MIN_WIDTH}, {@link #MAX_WIDTH}]; what
 * cannot be read falls back to the default (the table's own order, no sort, the default width).
 *
 * @param order  every column id of the table exactly once: the stored order first, then the rest in table order
 * @param sort   the sort keys, each column at most once
 * @param widths the stored width of some columns
 */
public record ColumnLayout(List<String> order, List<SortKey<String>> sort, Map<String, Double> widths) {
    /** The narrowest and widest column width taken from the preferences (pixels). */
    public static final double MIN_WIDTH = 20;
    public static final double MAX_WIDTH = 4000;

    public ColumnLayout {
        order = List.copyOf(order);
        sort = List.copyOf(sort);
        widths = Map.copyOf(widths);
    }

    /**
     * Reads a layout stored as {@code id,id,...;id:A,id:D} with widths as {@code id:width,...}. Unknown and
     * repeated ids, sort keys without a direction {@code A} or {@code D} and widths that are not finite numbers
     * in range are left out. Linear in the length of the stored texts.
     *
     * @param stored       the order and sort, or null when none is stored
     * @param storedWidths the widths, or null when none are stored
     * @param ids          the table's column ids in the table's own order
     */
    public static ColumnLayout parse(String stored, String storedWidths, Collection<String> ids) {
        Set<String> known = new LinkedHashSet<>(ids);
        String text = stored == null ? "" : stored;
        int semicolon = text.indexOf(';');
        String orderPart = semicolon < 0 ? text : text.substring(0, semicolon);
        String sortPart = semicolon < 0 ? "" : text.substring(semicolon + 1);

        var order = new LinkedHashSet<String>();
        for (String id : orderPart.split(",", -1)) {
            if (known.contains(id)) {
                order.add(id);
            }
        }
        order.addAll(known); // columns not stored (e.g. new in this version) keep their place after the stored ones

        var sorted = new LinkedHashSet<String>();
        var sort = new ArrayList<SortKey<String>>();
        for (String item : sortPart.split(",", -1)) {
            int colon = item.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String id = item.substring(0, colon);
            String direction = item.substring(colon + 1);
            if (known.contains(id) && (direction.equals("A") || direction.equals("D")) && sorted.add(id)) {
                sort.add(new SortKey<>(id, direction.equals("A")));
            }
        }

        var widths = new LinkedHashMap<String, Double>();
        for (String item : (storedWidths == null ? "" : storedWidths).split(",", -1)) {
            int colon = item.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String id = item.substring(0, colon);
            if (known.contains(id) && !widths.containsKey(id)) {
                width(item.substring(colon + 1)).ifPresent(w -> widths.put(id, w));
            }
        }
        return new ColumnLayout(new ArrayList<>(order), sort, widths);
    }

    private static Optional<Double> width(String text) {
        if (text.isEmpty() || text.length() > 32) {
            return Optional.empty(); // no width needs more digits: skip parsing a huge number
        }
        try {
            double w = Double.parseDouble(text);
            return w >= MIN_WIDTH && w <= MAX_WIDTH ? Optional.of(w) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
