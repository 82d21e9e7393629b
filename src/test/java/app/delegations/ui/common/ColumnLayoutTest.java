package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A stored column layout is untrusted input: any text gives a usable layout of the table's own columns. */
class ColumnLayoutTest {
    private static final List<String> IDS = List.of("name", "native", "kind", "country", "role");
    /** Pieces a damaged or hand-edited layout is likely made of. */
    private static final List<String> PIECES = List.of("name", "native", "kind", "country", "role", "gone", "",
            ",", ";", ":", "A", "D", "a", "NaN", "-1", "0", "19", "20", "150", "4000", "4001", "1e309", "-Infinity",
            "Infinity", "1e2", " ", "\u0000", "ł", "\uFEFF", "0x10", "99999999999999999999999999999999999999");

    @Test
    void readsWhatSaveColumnsWrites() {
        var layout = ColumnLayout.parse("role,name,native,kind,country;country:D,name:A",
                "role:94,name:176,native:180,kind:76,country:130", IDS);
        assertEquals(List.of("role", "name", "native", "kind", "country"), layout.order());
        assertEquals(List.of(new SortKey<>("country", false), new SortKey<>("name", true)), layout.sort());
        assertEquals(Map.of("role", 94.0, "name", 176.0, "native", 180.0, "kind", 76.0, "country", 130.0),
                layout.widths());
    }

    @Test
    void aSortKeyWithoutAnIdIsIgnoredInsteadOfFailingTheStart() {
        // issue 12 A.3: "name;:" made every start fail with an ArrayIndexOutOfBoundsException
        var layout = ColumnLayout.parse("name;:", null, IDS);
        assertEquals(IDS, layout.order());
        assertEquals(List.of(), layout.sort());
    }

    @Test
    void unknownRepeatedAndMissingColumnsKeepEveryColumnOnce() {
        var layout = ColumnLayout.parse("role,role,gone,,name;name:D,name:A,gone:A,kind:X,kind",
                "name:NaN,role:-5,kind:1e309,native:50,native:60,country:Infinity,gone:100", IDS);
        assertEquals(List.of("role", "name", "native", "kind", "country"), layout.order(),
                "stored ids first, once; the rest (e.g. columns new in this version) in table order");
        assertEquals(List.of(new SortKey<>("name", false)), layout.sort(), "the first key of a column counts");
        assertEquals(Map.of("native", 50.0), layout.widths(), "only finite widths in range, the first of each");
    }

    @Property(tries = 2000)
    void anyStoredTextGivesAUsableLayout(@ForAll("layoutText") String stored, @ForAll("layoutText") String widths) {
        check(ColumnLayout.parse(stored, widths, IDS));
    }

    @Property(tries = 500)
    void anyUnicodeTextGivesAUsableLayout(@ForAll String stored, @ForAll String widths) {
        check(ColumnLayout.parse(stored, widths, IDS));
    }

    @Test
    void aHugeStoredTextIsReadInOnePass() {
        String huge = "name,".repeat(400_000) + ";" + "kind:A,".repeat(400_000);
        var layout = ColumnLayout.parse(huge, "1".repeat(2_000_000) + ",role:" + "9".repeat(1_000_000), IDS);
        check(layout);
        assertEquals(List.of(new SortKey<>("kind", true)), layout.sort());
    }

    private static void check(ColumnLayout layout) {
        assertEquals(new HashSet<>(IDS), new HashSet<>(layout.order()), "every column, " + layout.order());
        assertEquals(IDS.size(), layout.order().size(), "each column once: " + layout.order());
        assertEquals(layout.sort().size(), layout.sort().stream().map(SortKey::column).distinct().count());
        assertTrue(IDS.containsAll(layout.sort().stream().map(SortKey::column).toList()), layout.sort().toString());
        assertTrue(IDS.containsAll(layout.widths().keySet()), layout.widths().toString());
        layout.widths().values().forEach(w -> assertTrue(w >= ColumnLayout.MIN_WIDTH && w <= ColumnLayout.MAX_WIDTH,
                "width " + w));
    }

    @Provide
    Arbitrary<String> layoutText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }
}
