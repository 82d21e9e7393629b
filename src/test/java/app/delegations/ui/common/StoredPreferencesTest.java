package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.MemoryPreferences;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.countries.CountryColumn;
import app.delegations.ui.organisations.OrganisationColumn;
import app.delegations.ui.places.PlaceColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Every stored preference is untrusted input: arbitrary text under every key the app stores is read the way a
 * start reads it, and each value comes out usable (its default where the text cannot be read), never as an
 * exception that would stop the window from opening.
 */
class StoredPreferencesTest {
    private static final List<String> PLACE_IDS = Arrays.stream(PlaceColumn.values()).map(PlaceColumn::id).toList();
    private static final List<String> COUNTRY_IDS = Arrays.stream(CountryColumn.values()).map(CountryColumn::id).toList();
    private static final List<String> ORGANISATION_IDS =
            Arrays.stream(OrganisationColumn.values()).map(OrganisationColumn::id).toList();
    private static final List<Rectangle2D> SCREENS = List.of(new Rectangle2D(0, 0, 1366, 728),
            new Rectangle2D(1366, 0, 1920, 1050));
    /** Pieces of what a damaged store, a hand edit or another version may hold. */
    private static final List<String> PIECES = List.of("", " ", ",", ";", ":", ".", "-", "e", "A", "D", "0", "1",
            "0.5", "-1", "1e309", "NaN", "Infinity", "-Infinity", "100000", "true", "false", "TRUE", "en", "pl", "PL",
            "de", "dark", "light", "Dark", "/", "\\", "C:\\data\\x.json", "~/x.json", "x.json", "/tmp/x.json",
            "\u0000", "\uFEFF", "ł", "name", "native", "kind", "country", "role", "code", "countryName", "count",
            "places", "place", "gone");

    @Property(tries = 1000)
    void noStoredValueStopsTheStart(@ForAll("stored") Map<String, String> stored) {
        var node = new MemoryPreferences();
        stored.forEach(node::putRaw);
        var prefs = new AppPreferences(node);

        prefs.language(); // an unknown code reads as none: the OS locale decides
        prefs.theme();
        prefs.lastFile().ifPresent(p -> assertTrue(p.isAbsolute(), p.toString()));
        List<Path> recent = prefs.recentFiles();
        assertTrue(recent.size() <= AppPreferences.MAX_RECENT);
        assertEquals(recent.size(), new HashSet<>(recent).size(), "each recent file once: " + recent);
        recent.forEach(p -> assertTrue(p.isAbsolute(), p.toString()));
        assertTrue(recent.containsAll(prefs.recentArchives()), "only recent entries are marked archive folders");

        var bounds = WindowPlacement.place(prefs.windowBounds().orElse(null), SCREENS);
        assertTrue(SCREENS.stream().anyMatch(s -> s.contains(bounds.x(), bounds.y(), bounds.width(), bounds.height())),
                bounds.toString());

        prefs.dividers().ifPresent(d -> assertTrue(d.length == 2 && d[0] > 0.05 && d[0] < d[1] && d[1] < 0.97,
                Arrays.toString(d)));

        Path home = Path.of(System.getProperty("user.home"));
        var exportFolder = new ExportFolder(prefs, Files::isDirectory, home, ExportFolder.WAIT);
        exportFolder.stored().ifPresent(p -> assertTrue(p.isAbsolute(), p.toString()));
        Path exportIn = exportFolder.initial();
        assertTrue(Files.isDirectory(exportIn) || exportIn.equals(home), "the export chooser opens in a folder: " + exportIn);

        for (String language : List.of("en", "pl")) {
            layout(prefs, "table.places", language, PLACE_IDS);
            layout(prefs, "table.countries", language, COUNTRY_IDS);
            layout(prefs, "table.organisations", language, ORGANISATION_IDS);
        }
    }

    @Test
    void valuesOfTheWrongKindReadAsTheirDefaults() {
        var node = new MemoryPreferences();
        node.putRaw("language", "de");
        node.putRaw("theme", "solarized");
        node.putRaw("lastFile", "x.json");
        node.putRaw("recent.0", "/data/a.json");
        node.putRaw("recent.1", "/data/a.json");
        node.putRaw("recent.2", "C:relative.json");
        node.putRaw("window.x", "NaN");
        node.putRaw("window.y", "0");
        node.putRaw("window.width", "1200");
        node.putRaw("window.height", "700");
        node.putRaw("window.dividers", "0.3,0.2");
        node.putRaw("export.folder", "exports/monthly");
        var prefs = new AppPreferences(node);
        assertTrue(prefs.language().isEmpty(), "an unknown language: the OS locale decides");
        assertEquals(AppPreferences.Theme.LIGHT, prefs.theme());
        assertTrue(prefs.lastFile().isEmpty(), "a relative path was never stored: not a file to open");
        assertEquals(List.of(Path.of("/data/a.json")), prefs.recentFiles());
        assertTrue(prefs.windowBounds().isEmpty(), "a NaN position: no stored bounds");
        assertTrue(prefs.dividers().isEmpty(), "dividers out of order");
        assertTrue(new ExportFolder(prefs).stored().isEmpty(), "a relative export folder was never stored");
    }

    @Test
    void theDividersAreReadBackAsWritten() {
        var prefs = new AppPreferences(new MemoryPreferences());
        prefs.setDividers(0.2, 0.8);
        assertEquals(List.of(0.2, 0.8), Arrays.stream(prefs.dividers().orElseThrow()).boxed().toList());
    }

    private static void layout(AppPreferences prefs, String key, String language, List<String> ids) {
        var layout = ColumnLayout.parse(prefs.get(key, ""), prefs.get(key + ".widths." + language, ""), ids);
        assertEquals(new HashSet<>(ids), new HashSet<>(layout.order()));
        assertEquals(ids.size(), layout.order().size());
    }

    @Provide
    Arbitrary<Map<String, String>> stored() {
        // longer than Preferences.MAX_VALUE_LENGTH (8,192), which put() refuses but a store's file may hold
        Arbitrary<String> huge = Arbitraries.of("9".repeat(20_000), "name,".repeat(2_000) + ";" + "name:A,".repeat(2_000),
                "/" + "a/".repeat(10_000), "-".repeat(20_000), "\u0000".repeat(10_000));
        Arbitrary<String> value = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l))),
                Tuple.of(3, Arbitraries.strings().ofMaxLength(60)),
                Tuple.of(2, Arbitraries.doubles().map(String::valueOf)),
                Tuple.of(1, huge));
        List<String> keys = TestPrefs.STORED_KEYS;
        return value.injectNull(0.3).list().ofSize(keys.size()).map(values -> {
            var stored = new HashMap<String, String>(); // null: the key is not stored
            for (int i = 0; i < keys.size(); i++) {
                if (values.get(i) != null) {
                    stored.put(keys.get(i), values.get(i));
                }
            }
            return stored;
        });
    }
}
