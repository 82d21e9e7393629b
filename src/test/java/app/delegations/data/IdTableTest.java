package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void keepsFirstValueFindsByStringAndByCharactersAndIteratesLikeAHashMap() {
        var table = new IdTable();
        var map = new HashMap<String, Long>();
        var random = new Random(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String id = "place-" + random.nextInt(15_000); // repeats: the first value stays
            ids.add(id);
            Long before = map.putIfAbsent(id, (long) i);
            assertEquals(before == null ? -1 : before, table.putIfAbsent(new String(id), i));
        }
        assertEquals(map.size(), table.size());
        for (String id : ids) {
            assertEquals(map.get(id), table.get(id));
            char[] chars = ("xx" + id + "yy").toCharArray();
            String found = table.find(chars, 2, id.length());
            assertEquals(id, found);
            assertSame(found, table.find(id));
        }
        assertEquals(-1, table.get("place-x"));
        assertNull(table.find("place-15000".toCharArray(), 0, 11));
        assertNull(table.find(new char[0], 0, 0));
        assertEquals(new ArrayList<>(map.keySet()), new ArrayList<>(table.keySet()));
    }

    /** 2^k ids of k blocks "Aa" or "BB": all with one {@link String#hashCode}, as a hostile file can write them. */
    static List<String> sameStringHash(int k) {
        var out = new ArrayList<String>();
        for (int bits = 0; bits < 1 << k; bits++) {
            var sb = new StringBuilder("p-");
            for (int b = 0; b < k; b++) {
                sb.append((bits >> b & 1) == 0 ? "Aa" : "BB");
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void idsWrittenToShareAStringHashCostAFewProbesEachNotOnePerIdBefore() {
        List<String> ids = sameStringHash(14);
        assertEquals(1, ids.stream().map(String::hashCode).distinct().count(), "one String hash for all");
        var table = new IdTable();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(-1, table.putIfAbsent(ids.get(i), i));
        }
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, table.get(ids.get(i)));
            char[] chars = ids.get(i).toCharArray();
            assertSame(table.find(ids.get(i)), table.find(chars, 0, chars.length));
        }
        // linear probing at most half full: about 2.5 probes per operation on average; String.hashCode gave n/2
        assertTrue(table.probes() <= 8L * 3 * ids.size(), table.probes() + " probes for " + 3 * ids.size()
                + " operations");
    }
}
