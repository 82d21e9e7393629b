package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Basis;
import app.delegations.model.EventKind;
import app.delegations.model.OrganisationKind;
import app.delegations.model.PersonRole;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.ui.countries.CountryColumn;
import app.delegations.ui.events.EventColumn;
import app.delegations.ui.filter.DatePreset;
import app.delegations.ui.organisations.OrganisationColumn;
import app.delegations.ui.people.PersonColumn;
import app.delegations.ui.places.PlaceColumn;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one bundle: same keys in English and Polish, valid patterns, no key unused, dates per language. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/app/delegations/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> pl = new TreeSet<>(load("messages_pl.properties").stringPropertyNames());
        var onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(pl);
        var onlyPl = new TreeSet<>(pl);
        onlyPl.removeAll(en);
        assertTrue(onlyEn.isEmpty(), "missing in Polish: " + onlyEn);
        assertTrue(onlyPl.isEmpty(), "missing in English: " + onlyPl);
        assertTrue(load("messages_en.properties").isEmpty(), "English lives in the base bundle");
    }

    /** The timeline's keys are kept in timeline-keys.txt by its package; the bundle must hold the same texts. */
    @Test
    void theBundleHoldsTheTimelinesKeysAsTheTimelineDefinesThem() throws IOException {
        Properties en = load("messages.properties");
        Properties pl = load("messages_pl.properties");
        List<String> lines;
        try (InputStream in = MessagesTest.class.getResourceAsStream("/app/delegations/i18n/timeline-keys.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            int eq = line.indexOf(" = ");
            int bar = line.lastIndexOf(" | ");
            String key = line.substring(0, eq).trim();
            assertEquals(line.substring(eq + 3, bar).trim(), en.getProperty(key), key);
            assertEquals(line.substring(bar + 3).trim(), pl.getProperty(key), key);
        }
        long inBundle = en.stringPropertyNames().stream().filter(k -> k.startsWith("timeline.")).count();
        assertEquals(lines.size(), inBundle, "no timeline key the timeline no longer defines");
    }

    @Test
    void valuesAreNonEmptyAndValidPatterns() throws IOException {
        for (String file : List.of("messages.properties", "messages_pl.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                assertFalse(v.isBlank(), file + ": " + key + " is empty");
                new MessageFormat(v); // throws on a broken pattern
            }
        }
    }

    @Test
    void polishTextIsReallyPolish() {
        Messages pl = Messages.of(UiLanguage.POLISH);
        assertEquals("Miejsca", pl.get("tab.places"));
        assertEquals("Źródło", pl.get("tab.source"));
        assertEquals("7 z 15 miejsc", pl.count("status.places.filtered", 15, 7, 15));
        Messages en = Messages.of(UiLanguage.ENGLISH);
        assertEquals("7 of 15 places", en.count("status.places.filtered", 15, 7, 15));
        assertEquals("1 place", en.count("status.places.all", 1));
    }

    /** Polish has three plural forms: 1 błąd, 2–4 błędy (22–24, but 12–14 błędów), else błędów. */
    @Test
    void everyCountIsInTheLanguagesPluralForm() {
        Messages pl = Messages.of(UiLanguage.POLISH);
        var expected = new LinkedHashMap<Long, String>();
        expected.put(1L, "x.json: 1 błąd");
        expected.put(2L, "x.json: 2 błędy");
        expected.put(3L, "x.json: 3 błędy");
        expected.put(4L, "x.json: 4 błędy");
        expected.put(5L, "x.json: 5 błędów");
        expected.put(11L, "x.json: 11 błędów");
        expected.put(12L, "x.json: 12 błędów");
        expected.put(14L, "x.json: 14 błędów");
        expected.put(21L, "x.json: 21 błędów");
        expected.put(22L, "x.json: 22 błędy");
        expected.put(104L, "x.json: 104 błędy");
        expected.put(112L, "x.json: 112 błędów");
        expected.forEach((n, text) -> assertEquals(text, pl.count("dialog.problems.header", n, "x.json", n)));
        assertEquals("1 miejsce", pl.count("status.places.all", 1));
        assertEquals("3 miejsca", pl.count("status.places.all", 3));
        assertEquals("15 miejsc", pl.count("status.places.all", 15));
        assertEquals("22 miejsca", pl.count("status.places.all", 22));
        assertEquals("brak miejsc", pl.count("status.places.all", 0));
        assertEquals("1 z 1 miejsca", pl.count("status.places.filtered", 1, 1, 1));
        assertEquals("2 ostrzeżenia", pl.count("status.warnings", 2));
        assertEquals("12 ostrzeżeń", pl.count("status.warnings", 12));
        assertEquals("Podświetlono 23 fragmenty o wybranej pozycji", pl.count("source.status.passages", 23));
        Messages en = Messages.of(UiLanguage.ENGLISH);
        assertEquals("x.json: 22 errors", en.count("dialog.problems.header", 22, "x.json", 22));
        assertEquals("x.json: 1 error", en.count("dialog.problems.header", 1, "x.json", 1));
        assertEquals("no events", en.count("status.events", 0));
    }

    /**
     * Every count in the bundle goes through the plural forms: no key holds a {@code choice} (which cannot
     * say Polish plurals), and a key with plural forms has all three in both languages.
     */
    @Test
    void noCountUsesChoiceAndEveryPluralHasItsForms() throws IOException {
        for (String file : List.of("messages.properties", "messages_pl.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertFalse(p.getProperty(key).contains(",choice,"), file + ": " + key + " uses choice");
                if (key.matches(".*\\.(one|few|many)$")) {
                    String base = key.replaceFirst("\\.(zero|one|few|many)$", "");
                    for (String form : List.of(".one", ".few", ".many")) {
                        assertTrue(p.containsKey(base + form), file + ": " + base + form);
                    }
                }
            }
        }
        Properties pl = load("messages_pl.properties");
        for (String key : pl.stringPropertyNames()) {
            String v = pl.getProperty(key);
            assertFalse(v.matches("(?i)^(miejsca|ostrzeżenia|błędy|wydarzenia|pasujące|liczba miejsc): \\{\\d.*"),
                    key + ": a count written \"Miejsca: 15\" instead of in words: " + v);
        }
    }

    @Test
    void englishDoesNotFallBackToTheOsLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("pl-PL"));
            ResourceBundle.clearCache();
            assertEquals("Places", Messages.of(UiLanguage.ENGLISH).get("tab.places"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void datesFollowTheLanguage() {
        LocalDate d = LocalDate.of(2016, 11, 30);
        assertEquals("30 November 2016", new Formats(UiLanguage.ENGLISH.locale()).date(d));
        assertEquals("30 listopada 2016", new Formats(UiLanguage.POLISH.locale()).date(d));
        assertEquals("29–30 listopada 2016", new Formats(UiLanguage.POLISH.locale()).range(d.minusDays(1), d));
        assertEquals("29 November 2016", new Formats(UiLanguage.ENGLISH.locale()).range(d.minusDays(1), d.minusDays(1)));
    }

    /** Keys built at run time from enum values and prefixes: the code that builds them is listed here. */
    private static Set<String> dynamicKeys() {
        var keys = new TreeSet<String>();
        for (String name : List.of("pl", "en", "native")) { // Wording.names, FormParts.names: a person's or another's
            keys.add("details.name." + name);
            keys.add("details.personName." + name);
        }
        for (PlaceKind k : PlaceKind.values()) {
            keys.add("kind." + k.json());
        }
        for (PlaceRole r : PlaceRole.values()) {
            keys.add("role." + r.json());
        }
        for (EventKind k : EventKind.values()) {
            keys.add("event." + k.json());
            keys.add("timeline.kind." + k.json()); // TimelineKeys.kind(...)
        }
        for (PersonRole r : PersonRole.values()) {
            keys.add("person." + r.json());
        }
        for (OrganisationKind k : OrganisationKind.values()) {
            keys.add("organisation." + k.json());
        }
        for (Basis b : Basis.values()) {
            keys.add("basis." + b.json());
            keys.add("basis." + b.json() + ".explained");
        }
        for (DatePreset p : DatePreset.values()) {
            keys.add(p.key());
        }
        for (String table : List.of("places", "countries", "organisations", "events", "people", "map", "figures")) {
            for (String s : List.of(".empty.nodata", ".empty.nomatch", ".empty.nomatch.facets")) {
                keys.add(table + s);
            }
        }
        keys.add("events.empty.narrowed"); // EmptyState.forTable of a view narrowed to a partner: only Events narrows
        keys.add("events.empty.narrowed.hint");
        keys.add("events.empty.narrowed.nomatch");
        keys.add("events.empty.narrowed.nomatch.search");
        keys.add("events.empty.narrowed.nomatch.hint");
        keys.add("events.narrowed.widen");
        for (String section : List.of("names", "about", "events", "people", "organisations", "places",
                "participants", "inside", "meetings", "positions")) {
            keys.add("details.none." + section); // DetailsView: a section with nothing to list
        }
        for (PlaceColumn c : PlaceColumn.values()) {
            keys.add(c.key());
        }
        for (CountryColumn c : CountryColumn.values()) {
            keys.add(c.key());
        }
        for (OrganisationColumn c : OrganisationColumn.values()) {
            keys.add(c.key());
        }
        for (EventColumn c : EventColumn.values()) {
            keys.add(c.key());
        }
        for (PersonColumn c : PersonColumn.values()) {
            keys.add(c.key());
        }
        for (int month = 1; month <= 12; month++) {
            keys.add("month.of." + month); // data.Dates.explain
        }
        for (String section : List.of("sources", "countries", "places", "venues", "organisations", "people",
                "events")) {
            keys.add("record." + section); // data.RecordName.words
            keys.add("record." + section + ".named");
        }
        for (String kind : List.of("source", "country", "place", "venue", "organisation", "person", "event")) {
            keys.add("ref." + kind); // data.Ids.Kind
        }
        return keys;
    }

    @Test
    void noKeyIsUnused() throws IOException {
        var literals = new TreeSet<String>();
        Pattern quoted = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/delegations"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path f : sources) {
            String text = Files.readString(f);
            Matcher m = quoted.matcher(text);
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        literals.addAll(dynamicKeys());
        var unused = new TreeSet<String>();
        for (String key : load("messages.properties").stringPropertyNames()) {
            String base = key.replaceFirst("\\.(zero|one|few|many|fix)$", ""); // plural forms, a remedy
            if (!literals.contains(key) && !literals.contains(base)) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys no code uses: " + unused);
    }
}
