package app.delegations.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids with a {@code long} each (where the id is defined, or an index), in the order they were added, found by
 * a String or by the characters of one still in the parser's buffer (so that a reference to a known id makes
 * no String: it gets the instance kept here). Open addressing over arrays: no entry object, no boxed value.
 * Hashed with a seed of its own, so ids written to collide cannot make it quadratic.
 */
final class IdTable {
    private String[] ids = new String[16];
    private int[] hashes = new int[16];
    private long[] values = new long[16];
    private int size;
    private int[] slots = new int[32]; // index + 1 of the id whose hash leads here; 0: free
    private Set<String> keySet; // built when first asked for
    private long probes;
    private final long seed = ThreadLocalRandom.current().nextLong(); // of the hash: see CharRun.seededHash

    IdTable() {
    }

    /** A table sized for {@code expected} ids, so that it does not grow while they are added. */
    IdTable(int expected) {
        int n = Math.max(16, expected);
        ids = new String[n];
        hashes = new int[n];
        values = new long[n];
        slots = new int[Integer.highestOneBit(n) * 4]; // at most half full with n ids
    }

    /** Slots looked at so far by additions and lookups: stays within a few per id, whatever the ids. */
    long probes() {
        return probes;
    }

    int size() {
        return size;
    }

    /** The value of {@code id}, or -1. */
    long get(String id) {
        int i = indexOf(id);
        return i < 0 ? -1 : values[i];
    }

    /** Adds {@code id} with {@code value}, unless it is there; returns the value it had, or -1 (added). */
    long putIfAbsent(String id, long value) {
        int h = CharRun.seededHash(seed, id);
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            probes++;
            int k = slots[s];
            if (k == 0) {
                add(id, h, value, s);
                return -1;
            }
            if (hashes[k - 1] == h && ids[k - 1].equals(id)) {
                return values[k - 1];
            }
        }
    }

    /** The id equal to {@code chars[offset, offset + length)} as kept here, or null. */
    String find(char[] chars, int offset, int length) {
        int h = CharRun.seededHash(seed, chars, offset, length);
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            probes++;
            int k = slots[s];
            if (k == 0) {
                return null;
            }
            if (hashes[k - 1] == h && CharRun.equal(ids[k - 1], chars, offset, length)) {
                return ids[k - 1];
            }
        }
    }

    /** The id as kept here, or null. */
    String find(String id) {
        int i = indexOf(id);
        return i < 0 ? null : ids[i];
    }

    /**
     * The ids as a {@code HashMap} built the way the loader once kept them (same insertion order, so the same
     * iteration order): suggestions pick the first of equally close candidates.
     */
    Set<String> keySet() {
        if (keySet == null) {
            var map = new HashMap<String, Boolean>();
            for (int i = 0; i < size; i++) {
                map.put(ids[i], Boolean.TRUE);
            }
            keySet = map.keySet();
        }
        return keySet;
    }

    private int indexOf(String id) {
        int h = CharRun.seededHash(seed, id);
        int mask = slots.length - 1;
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            probes++;
            int k = slots[s];
            if (k == 0) {
                return -1;
            }
            if (hashes[k - 1] == h && ids[k - 1].equals(id)) {
                return k - 1;
            }
        }
    }

    private void add(String id, int h, long value, int slot) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keySet = null;
        ids[size] = id;
        hashes[size] = h;
        values[size] = value;
        slots[slot] = ++size;
        if (size * 2 > slots.length) { // at most half full: short probes
            rehash(slots.length * 2);
        }
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int s = spread(hashes[i]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
        }
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B1; // Fibonacci hashing: every bit of h reaches the high bits...
        return x ^ (x >>> 16); // ...brought down to the low bits the mask keeps
    }
}
