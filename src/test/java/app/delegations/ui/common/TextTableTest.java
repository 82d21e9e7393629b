package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The shortcuts table is set in three even columns, every row shown once and in order, no heading left alone. */
class TextTableTest {
    private static List<List<String>> sections(List<Integer> sizes) {
        var rows = new ArrayList<List<String>>();
        for (int s = 0; s < sizes.size(); s++) {
            rows.add(List.of("Section " + s));
            for (int r = 0; r < sizes.get(s); r++) {
                rows.add(List.of("Key " + s + "." + r, "does " + r));
            }
        }
        return rows;
    }

    /** The parts' rows with the headings repeated at a part's start (within a section) left out. */
    private static List<List<String>> joined(List<List<List<String>>> parts) {
        var out = new ArrayList<List<String>>();
        for (List<List<String>> part : parts) {
            for (int i = 0; i < part.size(); i++) {
                boolean repeated = i == 0 && out.contains(part.get(0)); // the headings are all different
                if (!repeated) {
                    out.add(part.get(i));
                }
            }
        }
        return out;
    }

    @Property(tries = 200)
    void everyRowIsShownOnceInOrderAndNoPartEndsWithAHeading(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 14) Integer> sizes) {
        List<List<String>> rows = sections(sizes);
        List<List<List<String>>> parts = TextTable.parts(rows, 3);
        assertTrue(parts.size() <= 3 && !parts.isEmpty(), parts.toString());
        assertEquals(rows, joined(parts));
        for (List<List<String>> part : parts) {
            assertFalse(part.isEmpty());
            assertEquals(2, part.get(part.size() - 1).size(), "a part ends with a row, not a heading: " + part);
            assertEquals(1, part.get(0).size(), "a part starts with a heading (repeated when the section goes on)");
        }
        int total = rows.size();
        int largest = parts.stream().mapToInt(List::size).max().orElseThrow();
        // even to within the heading a split repeats and the two rows given to keep a section whole
        assertTrue(largest <= Math.ceil(total / 3.0) + 4,
                () -> "largest part " + largest + " of " + total + " rows: " + sizes);
    }

    @Test
    void theKeysOfAWindowAreSetInThreeColumnsOfAboutTheSameHeight() {
        // the window's sections: File 7, Edit 4, View 12, Help 1, search 1, tables 3, timeline 10, map 2, details 5
        List<List<List<String>>> parts = TextTable.parts(sections(List.of(7, 4, 12, 1, 1, 3, 10, 2, 5)), 3);
        assertEquals(3, parts.size());
        List<Integer> sizes = parts.stream().map(List::size).toList();
        int spread = sizes.stream().mapToInt(i -> i).max().orElseThrow()
                - sizes.stream().mapToInt(i -> i).min().orElseThrow();
        assertTrue(spread <= 4, "rows per column: " + sizes);
    }

    @Test
    void fewRowsMakeFewerColumns() {
        assertEquals(1, TextTable.parts(List.of(List.of("Only"), List.of("Esc", "Clear")), 3).size());
        assertEquals(List.of(), TextTable.parts(List.of(), 3));
    }
}
