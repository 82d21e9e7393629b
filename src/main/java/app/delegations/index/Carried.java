package app.delegations.index;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * What an index built before made of a record, carried into the index of an update when the record is the same
 * object in both datasets (records are immutable, so what depends on one record alone is the same). The record is
 * looked for at its own position first, then where its id was.
 */
final class Carried {
    private Carried() {
    }

    /**
     * {@code made[j]} when {@code before.get(j)} is {@code record}, for {@code j} = {@code at} or else the position
     * {@code byId} gives (-1: none); null when {@code record} is not there (new or changed).
     */
    static <T, V> V value(List<T> before, V[] made, int at, T record, IntSupplier byId) {
        if (at < before.size() && before.get(at) == record) {
            return made[at];
        }
        int j = byId.getAsInt();
        return j >= 0 && j < before.size() && before.get(j) == record ? made[j] : null;
    }

    /** {@link #value} of texts. */
    static <T> String text(List<T> before, String[] texts, int at, T record, IntSupplier byId) {
        return value(before, texts, at, record, byId);
    }
}
