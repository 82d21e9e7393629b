package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The world country reference list: a file may name any country of the world without defining it. */
class WorldCountriesTest {
    private final WorldCountries world = new WorldCountries();

    @Test
    void everyIsoCountryAndKosovoIsThereOnce() {
        List<Country> all = world.all();
        assertEquals(250, all.size());
        var codes = new TreeSet<String>();
        all.forEach(c -> codes.add(c.code()));
        var expected = new TreeSet<>(Set.of(Locale.getISOCountries()));
        expected.add("XK");
        assertEquals(expected, codes);
        assertEquals(List.copyOf(codes), all.stream().map(Country::code).toList(), "in code order");
    }

    @Test
    void polishNamesAreThePolishOnes() {
        assertEquals("Polska", pl("PL"));
        assertEquals("Słowacja", pl("SK"));
        assertEquals("Serbia", pl("RS"));
        assertEquals("Ukraina", pl("UA"));
        assertEquals("Niemcy", pl("DE"));
        assertEquals("Czechy", pl("CZ"));
    }

    @Test
    void nativeNamesAreInTheCountrysOwnLanguageAndScript() {
        assertEquals(new Names("Polska", "Poland", "Polska"), names("PL"));
        assertEquals(new Names("Ukraina", "Ukraine", "Україна"), names("UA"));
        assertEquals(new Names("Serbia", "Serbia", "Србија"), names("RS"));
        assertEquals(new Names("Słowacja", "Slovakia", "Slovensko"), names("SK"));
        assertEquals(UnicodeScript.CYRILLIC, script(names("UA").nativeName()));
        assertEquals(UnicodeScript.CYRILLIC, script(names("RS").nativeName()));
        assertEquals(UnicodeScript.LATIN, script(names("SK").nativeName()));
        assertEquals(UnicodeScript.LATIN, script(names("PL").nativeName()));
        assertEquals(UnicodeScript.GREEK, script(names("GR").nativeName()));
        assertEquals(new Names("Kosowo", "Kosovo", "Kosovë"), names("XK"));
    }

    @Test
    void everyCountryCitesTheReferenceListForItsCodeAndNames() {
        for (Country c : world.all()) {
            assertEquals(1, c.evidence().size(), c.code());
            Citation only = c.evidence().get(0);
            assertEquals(Basis.REFERENCE, only.basis());
            assertTrue(only.reason().pl().contains("ISO 3166-1 / Unicode CLDR"), only.reason().pl());
            assertTrue(only.reason().en().contains("ISO 3166-1 / Unicode CLDR"), only.reason().en());
            for (String field : List.of("code", "names.pl", "names.en", "names.native")) {
                assertTrue(only.covers(field), c.code() + " " + field);
            }
            assertTrue(!c.names().pl().isBlank() && !c.names().en().isBlank() && !c.names().nativeName().isBlank(),
                    c.code());
        }
    }

    @Test
    void aCodeOutsideTheListIsNoCountry() {
        assertTrue(world.country("ZZ").isEmpty(), "the unknown region");
        assertTrue(world.country("EU").isEmpty(), "not a country");
        assertTrue(world.country("pl").isEmpty(), "codes are written in capitals");
        assertTrue(world.country("").isEmpty());
    }

    @Test
    void theListIsReadOnceAndCannotBeChanged() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var fresh = new WorldCountries();
            var calls = new ArrayList<Callable<List<Country>>>();
            for (int i = 0; i < 8; i++) {
                calls.add(fresh::all);
            }
            List<Country> first = null;
            for (Future<List<Country>> f : pool.invokeAll(calls)) {
                first = first == null ? f.get() : first;
                assertSame(first, f.get(), "every thread sees the one list read");
            }
            List<Country> list = fresh.all();
            assertSame(list.get(0), fresh.country(list.get(0).code()).orElseThrow());
            assertThrows(UnsupportedOperationException.class, () -> list.add(list.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The bundled congress defines its 8 countries itself (the file wins); the list agrees with it on every name
     * (CLDR's "Bosnia &amp; Herzegovina" is written in full in the list, as the file and ISO 3166-1 write it).
     */
    @Test
    void theCongressCountriesAgreeWithTheList() {
        Dataset congress = new DatasetLoader().loadBundled().datasetOrNull();
        var differences = new ArrayList<String>();
        for (Country c : congress.countries()) {
            Names ours = c.names();
            Names ref = names(c.code());
            compare(c.code() + " names.pl", ours.pl(), ref.pl(), differences);
            compare(c.code() + " names.en", ours.en(), ref.en(), differences);
            compare(c.code() + " names.native", ours.nativeName(), ref.nativeName(), differences);
        }
        assertEquals(8, congress.countries().size());
        assertEquals(List.of(), differences);
    }

    /** What a Polish office writes, from the official list, where CLDR has a display form; English in full words. */
    @Test
    void polishNamesAreTheOfficialOnesAndEnglishNamesAreWrittenInFull() {
        assertEquals("Wybrzeże Kości Słoniowej", names("CI").pl());
        assertEquals("Hongkong", names("HK").pl());
        assertEquals("Democratic Republic of the Congo", names("CD").en());
        assertEquals("Saint Lucia", names("LC").en());
        assertTrue(world.all().stream().noneMatch(c -> c.names().en().contains("&") || c.names().en().startsWith("St. ")),
                "no ampersand, no St.");
    }

    private static void compare(String what, String file, String list, List<String> differences) {
        if (!file.equals(list)) {
            differences.add(what + ": " + file + " / " + list);
        }
    }

    private Names names(String code) {
        return world.country(code).orElseThrow(() -> new AssertionError("no " + code)).names();
    }

    private String pl(String code) {
        return names(code).pl();
    }

    private static UnicodeScript script(String text) {
        return UnicodeScript.of(text.codePointAt(0));
    }
}
