package app.delegations.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What changed between a table's rows for two versions of the data, rows keyed by their record's id: the rows
 * gone (removed, or replaced by a row that shows something else) and the rows new (added, or replacing one).
 * Made off the UI thread; {@link #applyTo} then changes only those rows of the list a table shows, so that an
 * update of a few records costs the UI thread a few rows, not every row and every filter again.
 *
 * <p>{@link #rows()} is the new version's rows in the order they were made, the row of the old version kept
 * wherever it shows the same (so that an unchanged row stays the same object and nothing downstream sees it
 * change). A step that takes the old row again where its record and what the row shows of others are the same
 * objects gives it to {@link #between} as it is: such a row is kept without being compared.
 *
 * @param <R> the row type
 */
public final class RowPatch<R> {
    private final List<R> rows;
    private final List<R> removed;
    private final List<R> added;
    /** The new row of each old row replaced by one of the same key. */
    private final Map<R, R> replacements;
    private final boolean keyed;

    private RowPatch(List<R> rows, List<R> removed, List<R> added, Map<R, R> replacements, boolean keyed) {
        this.rows = rows;
        this.removed = removed;
        this.added = added;
        this.replacements = replacements;
        this.keyed = keyed;
    }

    /**
     * The change from {@code before} to {@code after} (each in the order its rows were made).
     *
     * @param key  the id of a row's record: unique among the rows of one version
     * @param same true when two rows of the same key show the same thing, and every value an order or a filter
     *             reads of them is equal (a position in the file, an index entry)
     */
    public static <R> RowPatch<R> between(List<R> before, List<R> after, Function<? super R, String> key,
                                          BiPredicate<? super R, ? super R> same) {
        var old = new HashMap<String, R>(Math.max(16, before.size() * 2));
        for (R r : before) {
            if (old.putIfAbsent(key.apply(r), r) != null) {
                return new RowPatch<>(List.copyOf(after), List.copyOf(before), List.copyOf(after), Map.of(), false);
            }
        }
        var rows = new ArrayList<R>(after.size());
        var removed = new ArrayList<R>();
        var added = new ArrayList<R>();
        var replacements = new IdentityHashMap<R, R>();
        for (R r : after) {
            R o = old.remove(key.apply(r));
            if (o != null && (o == r || same.test(o, r))) {
                rows.add(o);
            } else {
                rows.add(r);
                added.add(r);
                if (o != null) {
                    removed.add(o);
                    replacements.put(o, r);
                }
            }
        }
        if (!old.isEmpty()) {
            for (R r : before) {
                if (old.containsKey(key.apply(r))) {
                    removed.add(r); // gone, in the old order
                }
            }
        }
        return new RowPatch<>(Collections.unmodifiableList(rows), List.copyOf(removed), List.copyOf(added),
                replacements, true);
    }

    /** The new version's rows in the order made, the old row kept wherever it shows the same. */
    public List<R> rows() {
        return rows;
    }

    /** The old rows no longer shown (gone or replaced), in the old version's order. */
    public List<R> removed() {
        return removed;
    }

    /** The new rows (added or replacing an old one), in the new version's order. */
    public List<R> added() {
        return added;
    }

    /** The new row that replaces {@code old} (a row of {@link #removed()} whose key stays), or null. */
    public R replacement(R old) {
        return replacements.get(old);
    }

    /** True when nothing changed. */
    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    /**
     * True when the change is small enough to apply row by row ({@link Pace#PATCH_ROWS_AT_MOST}); when it is not
     * (or the rows had no unique keys), a table takes {@link #rows()} anew in one change instead.
     */
    public boolean small() {
        return keyed && removed.size() + added.size() <= Pace.PATCH_ROWS_AT_MOST;
    }

    /**
     * Applies the change to {@code shown}, a list sorted by {@code order} (a total order: no two rows compare
     * equal) that holds {@code asShown} of every row of the old version: each removed row is taken out where it
     * is, each added one put in its place by the order, a replacement that keeps its place put in it as an
     * update of that place ({@link RowList#update}: a table then fills again only that row's cells, not every
     * visible one). Each step costs a binary search and one change of the list. Must be {@link #small()}.
     *
     * @param asShown the object the list holds for a row (the row itself, or e.g. its unindented twin)
     */
    public void applyTo(RowList<R> shown, Comparator<? super R> order, UnaryOperator<R> asShown) {
        if (!small()) {
            throw new IllegalStateException("too large a change to apply row by row");
        }
        var inPlace = Collections.newSetFromMap(new IdentityHashMap<R, Boolean>()); // new rows set where the old stood
        for (R r : removed) {
            R was = asShown.apply(r);
            int at = positionOf(shown, was, order);
            R now = replacements.get(r);
            R nowShown = now == null ? null : asShown.apply(now);
            if (nowShown != null && fits(shown, at, nowShown, order)) {
                shown.update(at, nowShown);
                inPlace.add(now);
            } else {
                shown.remove(at);
            }
        }
        for (R r : added) {
            if (!inPlace.contains(r)) {
                R s = asShown.apply(r);
                int at = Collections.binarySearch(shown, s, order);
                shown.add(at < 0 ? -at - 1 : at, s);
            }
        }
    }

    private static <R> int positionOf(List<R> shown, R row, Comparator<? super R> order) {
        int at = Collections.binarySearch(shown, row, order);
        if (at >= 0 && shown.get(at) == row) {
            return at;
        }
        for (int i = 0; i < shown.size(); i++) { // not where the order says: the list was sorted otherwise
            if (shown.get(i) == row) {
                return i;
            }
        }
        throw new IllegalStateException("row not shown: " + row);
    }

    /** True when {@code row} can stand at {@code at} in place of the row there, the order kept. */
    private static <R> boolean fits(List<R> shown, int at, R row, Comparator<? super R> order) {
        return (at == 0 || order.compare(shown.get(at - 1), row) < 0)
                && (at == shown.size() - 1 || order.compare(row, shown.get(at + 1)) < 0);
    }
}
