package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
}
