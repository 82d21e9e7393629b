package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Attendance;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.PersonRole;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.index.DatasetIndex;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facts of issue 2 ("The facts"), checked on the bundled dataset as the loader returns it: what the note
 * says, what is inferred from it (the host) and what is reference data, and provenance on every record.
 */
class BundledDataFactsTest {

    private static final LocalDate NOV_29 = LocalDate.of(2016, 11, 29);
    private static final LocalDate NOV_30 = LocalDate.of(2016, 11, 30);

    /** The 14 places the note lists, with their countries, in the note's order. */
    private static final Map<String, String> LISTED = new LinkedHashMap<>();

    static {
        LISTED.put("sofia", "BG");
        LISTED.put("haskovo", "BG");
        LISTED.put("plovdiv", "BG");
        LISTED.put("stara-zagora-province", "BG");
        LISTED.put("republika-srpska", "BA");
        LISTED.put("kragujevac", "RS");
        LISTED.put("krusevac", "RS");
        LISTED.put("vranje", "RS");
        LISTED.put("kosice", "SK");
        LISTED.put("maribor", "SI");
        LISTED.put("zagreb", "HR");
        LISTED.put("varazdin-county", "HR");
        LISTED.put("krakow", "PL");
        LISTED.put("gdansk", "PL");
    }

    private static Dataset data;

    @BeforeAll
    static void load() {
        LoadResult result = new DatasetLoader().loadBundled();
        assertEquals(List.of(), result.problems(), "the bundled file loads without problems");
        data = result.dataset().orElseThrow();
    }

    // ------------------------------------------------------------------ places and countries

    @Test
    void fifteenPlacesFromEightCountries() {
        assertEquals(15, data.places().size());
        assertEquals(Set.of("BG", "BA", "RS", "SK", "SI", "HR", "PL", "RU"),
                data.countries().stream().map(c -> c.code()).collect(Collectors.toSet()));
        assertEquals(8, data.countries().size());
        LISTED.forEach((id, country) -> assertEquals(country, place(id).country(), id));
        assertEquals("RU", place("saint-petersburg").country());
        assertEquals(Set.copyOf(data.countries().stream().map(c -> c.code()).toList()),
                data.places().stream().map(Place::country).collect(Collectors.toSet()),
                "every country has a place and every place a country");
    }

    @Test
    void kindsOfPlaces() {
        assertEquals(PlaceKind.REGION, place("stara-zagora-province").kind());
        assertEquals(PlaceKind.REGION, place("varazdin-county").kind());
        assertEquals(PlaceKind.ENTITY, place("republika-srpska").kind());
        var cities = data.places().stream().filter(p -> p.kind() == PlaceKind.CITY).map(Place::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of("sofia", "haskovo", "plovdiv", "kragujevac", "krusevac", "vranje", "kosice", "maribor",
                "zagreb", "krakow", "gdansk", "saint-petersburg"), cities);
    }

    @Test
    void namesAsTheIssueGivesThem() {
        assertNames(place("haskovo").names(), "Chaskowo", "Haskovo", "Хасково");
        assertNames(place("plovdiv").names(), "Płowdiw", "Plovdiv", "Пловдив");
        assertNames(place("stara-zagora-province").names(), "Obwód Stara Zagora", "Stara Zagora Province", "Област Стара Загора");
        assertNames(place("republika-srpska").names(), "Republika Serbska", "Republika Srpska", "Република Српска");
        assertNames(place("kosice").names(), "Koszyce", "Košice", "Košice");
        assertNames(place("zagreb").names(), "Zagrzeb", "Zagreb", "Zagreb");
        assertNames(place("varazdin-county").names(), "Obwód Varaždin", "Varaždin County", "Varaždinska županija");
        assertNames(place("krakow").names(), "Kraków", "Kraków", "Kraków");
        assertNames(place("saint-petersburg").names(), "Sankt Petersburg", "Saint Petersburg", "Санкт-Петербург");
        assertTrue(place("saint-petersburg").names().aliases().contains("St. Petersburg"), "the note's spelling");
        assertNames(data.country("RU").orElseThrow().names(), "Rosja", "Russia", "Россия");
    }

    private static void assertNames(Names names, String pl, String en, String nativeName) {
        assertEquals(List.of(pl, en, nativeName), List.of(names.pl(), names.en(), names.nativeName()));
    }

    @Test
    void everyPlaceCountryAndEventHasPolishEnglishAndNativeNames() {
        List<Names> all = new ArrayList<>();
        data.places().forEach(p -> all.add(p.names()));
        data.countries().forEach(c -> all.add(c.names()));
        data.events().forEach(e -> all.add(e.title()));
        assertEquals(15 + 8 + data.events().size(), all.size());
        for (Names n : all) {
            assertFalse(n.pl().isBlank() || n.en().isBlank() || n.nativeName().isBlank(), n.toString());
        }
    }

    @Test
    void nativeNamesAreInTheirOwnScript() {
        Predicate<String> cyrillic = s -> s.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        Set<String> cyrillicPlaces = Set.of("sofia", "haskovo", "plovdiv", "stara-zagora-province", "republika-srpska",
                "kragujevac", "krusevac", "vranje", "saint-petersburg");
        for (Place p : data.places()) {
            assertEquals(cyrillicPlaces.contains(p.id()), cyrillic.test(p.names().nativeName()), p.id());
        }
        for (String code : List.of("BG", "RS", "RU")) {
            assertTrue(cyrillic.test(data.country(code).orElseThrow().names().nativeName()), code);
        }
        // St. Petersburg's events are titled in Russian; Kraków's presentations keep the note's Polish.
        for (Event e : data.events()) {
            boolean krakowsOwn = e.participants().stream().anyMatch(p -> p.role() == PlaceRole.PRESENTER);
            assertEquals(!krakowsOwn, cyrillic.test(e.title().nativeName()), e.id());
        }
    }

    @Test
    void coordinatesAsTheIssueGivesThem() {
        Map<String, double[]> expected = new LinkedHashMap<>();
        expected.put("sofia", new double[] {42.6977, 23.3219});
        expected.put("haskovo", new double[] {41.9344, 25.5556});
        expected.put("plovdiv", new double[] {42.1354, 24.7453});
        expected.put("stara-zagora-province", new double[] {42.4258, 25.6345});
        expected.put("republika-srpska", new double[] {44.7722, 17.1910});
        expected.put("kragujevac", new double[] {44.0128, 20.9114});
        expected.put("krusevac", new double[] {43.5800, 21.3339});
        expected.put("vranje", new double[] {42.5514, 21.9000});
        expected.put("kosice", new double[] {48.7164, 21.2611});
        expected.put("maribor", new double[] {46.5547, 15.6459});
        expected.put("zagreb", new double[] {45.8150, 15.9819});
        expected.put("varazdin-county", new double[] {46.3057, 16.3366});
        expected.put("krakow", new double[] {50.0647, 19.9450});
        expected.put("gdansk", new double[] {54.3520, 18.6466});
        expected.put("saint-petersburg", new double[] {59.9343, 30.3351});
        expected.forEach((id, latLon) -> {
            var c = place(id).coordinates();
            assertNotNull(c, id);
            assertEquals(latLon[0], c.lat(), 1e-9, id);
            assertEquals(latLon[1], c.lon(), 1e-9, id);
        });
        assertEquals("Banja Luka", place("republika-srpska").coordinates().seat());
        assertEquals("Stara Zagora", place("stara-zagora-province").coordinates().seat());
        assertEquals("Varaždin", place("varazdin-county").coordinates().seat());
        var smolny = data.venue("smolny").orElseThrow();
        assertEquals(59.9466, smolny.coordinates().lat(), 1e-9);
        assertEquals(30.3967, smolny.coordinates().lon(), 1e-9);
        assertEquals("saint-petersburg", smolny.place());
    }

    // ------------------------------------------------------------------ the congress and its participants

    @Test
    void theCongress() {
        Event congress = event("congress-2016");
        assertEquals(EventKind.CONGRESS, congress.kind());
        assertNull(congress.parent());
        assertEquals(NOV_29, congress.start());
        assertEquals(NOV_30, congress.end());
        assertEquals("saint-petersburg", congress.place());
        assertEquals("IV Międzynarodowy Kongres „St. Petersburg i Świat Słowiański”", congress.title().pl());
        assertEquals("IV International Congress “St. Petersburg and the Slavic World”", congress.title().en());
        String description = congress.description().en();
        for (String fact : List.of("annual", "Eastern Europe", "Balkan", "information technologies",
                "administrations", "universities", "IT companies")) {
            assertTrue(description.contains(fact), "description mentions " + fact + ": " + description);
        }
    }

    @Test
    void fourteenListedParticipantsAndTheInferredHost() {
        Event congress = event("congress-2016");
        assertEquals(15, congress.participants().size());
        Map<String, Participation> byPlace = congress.participants().stream()
                .collect(Collectors.toMap(Participation::place, p -> p));
        assertEquals(Set.copyOf(data.places().stream().map(Place::id).toList()), byPlace.keySet());

        LISTED.keySet().forEach(id -> {
            Participation p = byPlace.get(id);
            assertEquals(PlaceRole.PARTICIPANT, p.role(), id);
            assertTrue(p.evidence().stream().allMatch(c -> c.basis() == Basis.STATED), id + " is stated by the note");
            assertTrue(p.evidence().stream().anyMatch(c -> c.quote().contains(data.place(id).orElseThrow().names().pl())),
                    id + " is quoted from the note's list");
        });

        Participation host = byPlace.get("saint-petersburg");
        assertEquals(PlaceRole.HOST, host.role());
        assertFalse(host.evidence().isEmpty());
        assertTrue(host.evidence().stream().allMatch(c -> c.basis() == Basis.INFERRED), "the host is inferred, not stated");
        Citation count = host.evidence().stream()
                .filter(c -> c.quote() != null && c.quote().contains("15 miast i regionów z 8"))
                .findFirst().orElseThrow(() -> new AssertionError("the host cites the count of 15 places from 8 countries"));
        assertNotNull(count.reason());
        for (String step : List.of("15 − 14", "8 − 7")) {
            assertTrue(count.reason().en().contains(step) && count.reason().pl().contains(step),
                    "the reason shows " + step + ": " + count.reason());
        }
        assertTrue(host.evidence().stream().anyMatch(c -> c.quote() != null && c.quote().contains("„północnej stolicy” Rosji")),
                "the host cites the passage saying the congress is St. Petersburg's own event");
        assertTrue(data.country("RU").orElseThrow().evidence().stream().anyMatch(c -> c.basis() == Basis.INFERRED),
                "Russia as the 8th country is inferred");

        assertTrue(byPlace.get("krakow").evidence().stream()
                        .anyMatch(c -> c.quote().startsWith("30 listopada 2016 r. przedstawiciele Krakowa")),
                "Kraków's part on 30 November is cited");
    }

    // ------------------------------------------------------------------ the two days

    @Test
    void theTwoDays() {
        for (Event e : data.events()) {
            assertTrue(Set.of(NOV_29, NOV_30).containsAll(List.of(e.start(), e.end())), e.id() + " has only dates of the congress");
            assertFalse(e.end().isBefore(e.start()), e.id());
        }
        List<Event> day29 = childrenOn("congress-2016", NOV_29);
        assertEquals(List.of("visit-it-universities-2016-11-29", "visit-city-units-2016-11-29"),
                day29.stream().map(Event::id).toList());
        assertEquals(List.of(1, 2), day29.stream().map(Event::order).toList());
        assertTrue(day29.stream().allMatch(e -> e.kind() == EventKind.VISIT && !e.participants().isEmpty()),
                "the visits name their participants: they do not inherit all of the congress's");
        assertTrue(day29.get(0).title().en().contains("universities"));
        assertEquals(List.of("city-monitoring-centre"), day29.get(1).organisations());

        List<Event> day30 = childrenOn("congress-2016", NOV_30);
        assertEquals(List.of("conference-smolny-2016-11-30"), day30.stream().map(Event::id).toList());
    }

    @Test
    void childEventsLieWithinTheirParents() {
        for (Event e : data.events()) {
            if (e.parent() != null) {
                Event parent = event(e.parent());
                assertFalse(e.start().isBefore(parent.start()) || e.end().isAfter(parent.end()), e.id());
            }
        }
    }

    @Test
    void ordersAreOneTwoThreeWithinEachParentAndDay() {
        Map<String, List<Integer>> orders = data.events().stream().collect(Collectors.groupingBy(
                e -> e.parent() + "@" + e.start(), LinkedHashMap::new,
                Collectors.mapping(Event::order, Collectors.toList())));
        orders.forEach((key, list) -> {
            var sorted = list.stream().sorted().toList();
            assertEquals(IntStream.rangeClosed(1, list.size()).boxed().toList(), sorted, key);
        });
    }

    @Test
    void theConferenceAtSmolnyHoldsTheSummaryAndKrakowsTwoPresentations() {
        Event conference = event("conference-smolny-2016-11-30");
        assertEquals(EventKind.CONFERENCE, conference.kind());
        assertEquals("smolny", conference.venue());
        assertEquals(NOV_30, conference.start());
        assertEquals("Rola technologii informacyjnych dla rozwoju współczesnych miast", conference.title().pl());
        assertEquals("The role of information technologies in the development of modern cities", conference.title().en());
        assertFalse(conference.participants().isEmpty(), "the conference names its participants");

        List<Event> inside = childrenOn(conference.id(), NOV_30);
        assertEquals(List.of(EventKind.PRESENTATION, EventKind.PRESENTATION, EventKind.SUMMARY),
                inside.stream().map(Event::kind).toList());
        assertEquals(List.of(1, 2, 3), inside.stream().map(Event::order).toList());

        Event summary = inside.get(2);
        assertEquals(List.of("poltavchenko"), summary.people().stream().map(Attendance::person).toList());
        assertEquals(PersonRole.SPEAKER, summary.people().get(0).role());

        Event strategy = inside.get(0);
        Event portals = inside.get(1);
        assertTrue(strategy.title().en().contains("City Development Strategy") && strategy.title().en().contains("Smart City"));
        assertTrue(portals.title().pl().contains("Kraków Otwarty na Świat"));
        for (Event presentation : List.of(strategy, portals)) {
            assertEquals(1, presentation.participants().size(), presentation.id());
            assertEquals("krakow", presentation.participants().get(0).place());
            assertEquals(PlaceRole.PRESENTER, presentation.participants().get(0).role());
        }
    }

    // ------------------------------------------------------------------ people

    @Test
    void bothPeople() {
        var governor = data.person("poltavchenko").orElseThrow();
        assertNames(governor.names(), "Giorgij Połtawczenko", "Georgy Poltavchenko", "Георгий Полтавченко");
        assertEquals("Governor of St. Petersburg", governor.positions().get(0).title().en());
        assertEquals("saint-petersburg", governor.positions().get(0).place());

        var rihter = data.person("rihter").orElseThrow();
        assertEquals("Andreja Rihter", rihter.names().pl());
        assertEquals("dr", rihter.honorific());
        assertEquals("Director of the Forum of Slavic Cultures Foundation", rihter.positions().get(0).title().en());
        assertEquals("forum-of-slavic-cultures", rihter.positions().get(0).organisation());
        Attendance guest = event("congress-2016").people().stream().filter(a -> a.person().equals("rihter"))
                .findFirst().orElseThrow();
        assertEquals(PersonRole.HONORARY_GUEST, guest.role());
        assertEquals(2, data.people().size());
    }

    // ------------------------------------------------------------------ the source and provenance

    @Test
    void theSourceIsTheBundledNote() throws IOException {
        assertEquals(1, data.sources().size());
        var note = data.source("note-2016").orElseThrow();
        assertEquals("pl", note.language());
        assertNull(note.date(), "the note carries no date; none is invented");
        assertNotNull(note.dateNote());
        assertEquals("sources/note-2016-11-30-krakow.txt", note.file());
        String onDisk = Files.readString(Path.of("data", note.file()), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertEquals(onDisk, note.text());
    }

    @Test
    void everyRecordHasEvidence() {
        var records = allEvidence();
        int expected = 8 + 15 + data.venues().size() + data.organisations().size() + 2 + data.events().size()
                + data.events().stream().mapToInt(e -> e.participants().size() + e.people().size()).sum();
        assertEquals(expected, records.size());
        records.forEach((where, evidence) -> assertFalse(evidence.isEmpty(), where + " has evidence"));
    }

    @Test
    void everyQuoteIsFoundInItsSourceAtItsRecordedRange() {
        var checked = new ArrayList<String>();
        allEvidence().forEach((where, evidence) -> {
            for (Citation c : evidence) {
                switch (c.basis()) {
                    case STATED -> {
                        assertTrue(c.hasQuote(), where + ": a stated citation has a quote");
                        assertNull(c.reason(), where);
                    }
                    case INFERRED -> assertNotNull(c.reason(), where + ": an inferred citation says why");
                    case REFERENCE -> {
                        assertNotNull(c.reason(), where + ": a reference citation says which reference");
                        assertFalse(c.fields().isEmpty(), where + ": a reference citation names its fields");
                        assertNull(c.quote(), where);
                    }
                }
                if (c.quote() != null) {
                    String text = data.source(c.source()).orElseThrow().text();
                    assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= text.length(), where + ": range");
                    assertEquals(normalise(c.quote()), normalise(text.substring(c.start(), c.end())), where);
                    checked.add(where);
                }
            }
        });
        assertTrue(checked.size() > 50, "quotes checked: " + checked.size());
    }

    @Test
    void referenceFactsAreMarkedAsReferenceNotAsStated() {
        for (Place p : data.places()) {
            assertMarkedAsReference(p.id(), p.evidence(), "coordinates");
            if (!p.country().equals("PL")) {
                assertMarkedAsReference(p.id(), p.evidence(), "names.native");
            }
            assertMarkedAsReference(p.id(), p.evidence(), "names.en");
        }
        data.countries().forEach(c -> assertMarkedAsReference(c.code(), c.evidence(), "code"));
        data.events().forEach(e -> {
            boolean krakowsOwn = e.participants().stream().anyMatch(p -> p.role() == PlaceRole.PRESENTER);
            if (!krakowsOwn) {
                assertMarkedAsReference(e.id(), e.evidence(), "title.native");
            }
        });
        var smolny = data.venue("smolny").orElseThrow();
        assertMarkedAsReference("smolny", smolny.evidence(), "coordinates");
    }

    /** The field is covered by a reference citation and by no stated one (an inferred one may explain more). */
    private static void assertMarkedAsReference(String where, List<Citation> evidence, String field) {
        var covering = evidence.stream().filter(c -> c.covers(field)).map(Citation::basis).collect(Collectors.toSet());
        assertTrue(covering.contains(Basis.REFERENCE) && !covering.contains(Basis.STATED), where + "." + field + ": " + covering);
    }

    // ------------------------------------------------------------------ issue 12: the data says what the note says, no more

    /** Issue 12, item 17: the summary closes the conference, and the timeline draws it after the presentations. */
    @Test
    void theGovernorsSummaryComesAfterKrakowsPresentationsAsItsReasonSays() {
        Event summary = event("governor-summary-2016-11-30");
        List<Event> inside = childrenOn("conference-smolny-2016-11-30", NOV_30);
        assertEquals(summary.id(), inside.get(inside.size() - 1).id(), "the summary is the last event of the conference");
        Citation order = summary.evidence().stream().filter(c -> !c.fields().isEmpty() && c.covers("order"))
                .findFirst().orElseThrow();
        assertEquals(Basis.INFERRED, order.basis());
        assertTrue(order.reason().en().contains("Order " + summary.order() + ": a summary closes the conference"),
                order.reason().en());
        assertTrue(order.reason().pl().contains("Kolejność " + summary.order() + ": podsumowanie zamyka konferencję"),
                order.reason().pl());
    }

    /**
     * Issue 12, item 18: no place is shown at an event the note does not place it at. Kraków's part is dated 30
     * November, so it is at no event of the 29th; St. Petersburg is at its own events as their host, never as a
     * visitor; a participation the note does not state for the event itself is inferred, with its reason.
     */
    @Test
    void participationIsClaimedOnlyWhereTheNoteGivesItOrMarkedInferred() {
        DatasetIndex index = DatasetIndex.build(data);
        for (Event e : data.events()) {
            List<String> shown = index.participants(e);
            if (e.start().equals(NOV_29) && e.end().equals(NOV_29)) {
                assertFalse(shown.contains("krakow"), e.id() + ": Kraków's part is dated 30 November");
                assertFalse(e.participants().isEmpty(), e.id() + " names its participants rather than inheriting them");
            }
            Event holder = e;
            while (holder.participants().isEmpty() && holder.parent() != null) {
                holder = event(holder.parent());
            }
            if (shown.contains("saint-petersburg")) {
                assertEquals(PlaceRole.HOST, index.directRole(holder, "saint-petersburg"), e.id() + ": St. Petersburg hosts");
            }
            if (e.parent() == null) {
                continue; // the congress: its list is the note's, checked in fourteenListedParticipantsAndTheInferredHost
            }
            for (Participation p : holder.participants()) {
                String name = place(p.place()).names().pl();
                for (Citation c : p.evidence()) {
                    String where = e.id() + " participant " + p.place();
                    if (c.basis() == Basis.STATED) {
                        assertTrue(c.quote().contains(name), where + ": a stated participation quotes the place: " + c.quote());
                    } else {
                        assertEquals(Basis.INFERRED, c.basis(), where);
                        assertFalse(c.reason().pl().isBlank() || c.reason().en().isBlank(), where + ": says why, in both languages");
                    }
                }
            }
        }
        Event universities = event("visit-it-universities-2016-11-29");
        assertEquals(14, universities.participants().size(), "13 foreign places and the host");
        assertTrue(universities.participants().stream().filter(p -> p.role() == PlaceRole.PARTICIPANT)
                .allMatch(p -> p.evidence().get(0).reason().en().contains("Not Kraków, whose part the note dates to 30 November")));
    }

    /** Issue 12, item 19: every fact a record holds is cited by a citation that names its field. */
    @Test
    void everyFieldOfEveryRecordIsCoveredByACitationNamingIt() throws IOException {
        List<String> uncovered = new ArrayList<>();
        forEachRecord((where, record) -> {
            List<Citation> evidence = evidenceOf(where);
            for (String field : fieldPaths(record)) {
                if (evidence.stream().noneMatch(c -> !c.fields().isEmpty() && c.covers(field))) {
                    uncovered.add(where + "." + field);
                }
            }
        });
        assertEquals(List.of(), uncovered);
    }

    /**
     * Issue 12, item 19: no fact is labelled both stated and inferred. (A text may join a stated fact and a
     * reference remark: the St. Petersburg authorities' description.)
     */
    @Test
    void noFieldIsLabelledBothStatedAndInferred() throws IOException {
        List<String> both = new ArrayList<>();
        forEachRecord((where, record) -> {
            List<Citation> evidence = evidenceOf(where);
            for (String field : fieldPaths(record)) {
                var bases = evidence.stream().filter(c -> !c.fields().isEmpty() && c.covers(field))
                        .map(Citation::basis).collect(Collectors.toSet());
                if (bases.contains(Basis.STATED) && bases.contains(Basis.INFERRED)) {
                    both.add(where + "." + field + " " + bases);
                }
            }
        });
        assertEquals(List.of(), both);
    }

    /** Issue 12, item 19: a record whose facts have different bases says which citation covers which field. */
    @Test
    void aRecordMixingBasesNamesTheFieldsOfEachCitation() {
        allEvidence().forEach((where, evidence) -> {
            if (evidence.stream().map(Citation::basis).distinct().count() > 1) {
                evidence.forEach(c -> assertFalse(c.fields().isEmpty(), where + ": " + c.basis() + " " + c.quote()));
            }
        });
    }

    /**
     * Issue 12, item 19: a stated citation quotes the words that state the fact: an event's kind by its word
     * ("Kongres"), a day by its date, a place, venue or parent by its name, a place's country by the country's name.
     */
    @Test
    void aStatedCitationQuotesTheWordsOfWhatItStates() {
        Map<EventKind, String> kindWords = Map.of(EventKind.CONGRESS, "Kongres", EventKind.CONFERENCE, "konferencj",
                EventKind.VISIT, "odwiedzili", EventKind.SUMMARY, "Podsumowani", EventKind.PRESENTATION, "prezentacj");
        List<String> wrong = new ArrayList<>();
        for (Event e : data.events()) {
            for (Citation c : stated(e.evidence())) {
                check(wrong, e.id(), c, "kind", kindWords.get(e.kind()));
                check(wrong, e.id(), c, "start", e.start().getDayOfMonth() + " listopada");
                check(wrong, e.id(), c, "end", e.end().getDayOfMonth() + " listopada");
                if (e.parent() != null) {
                    check(wrong, e.id(), c, "parent", kindWords.get(event(e.parent()).kind()));
                }
                if (e.place() != null) {
                    checkPlace(wrong, e.id(), c, e.place());
                }
                if (e.venue() != null) {
                    check(wrong, e.id(), c, "venue", data.venue(e.venue()).orElseThrow().names().pl());
                }
            }
        }
        data.venues().forEach(v -> stated(v.evidence()).forEach(c -> checkPlace(wrong, v.id(), c, v.place())));
        data.organisations().stream().filter(o -> o.place() != null)
                .forEach(o -> stated(o.evidence()).forEach(c -> checkPlace(wrong, o.id(), c, o.place())));
        for (Place p : data.places()) {
            String country = data.country(p.country()).orElseThrow().names().pl().split(" ")[0];
            for (Citation c : stated(p.evidence())) {
                check(wrong, p.id(), c, "country", country.substring(0, country.length() - 2));
                check(wrong, p.id(), c, "country", p.names().pl());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Citation> stated(List<Citation> evidence) {
        return evidence.stream().filter(c -> c.basis() == Basis.STATED && !c.fields().isEmpty()).toList();
    }

    private static void check(List<String> wrong, String where, Citation c, String field, String word) {
        if (c.covers(field) && !normalise(c.quote()).contains(word)) {
            wrong.add(where + "." + field + ": \"" + c.quote() + "\" lacks \"" + word + "\"");
        }
    }

    private static void checkPlace(List<String> wrong, String where, Citation c, String placeId) {
        Place p = place(placeId);
        if (c.covers("place") && Stream.concat(Stream.of(p.names().pl()),
                p.names().aliases().stream()).noneMatch(normalise(c.quote())::contains)) {
            wrong.add(where + ".place: \"" + c.quote() + "\" names no city");
        }
    }

    /** Issue 12, item 19: the labels the audit found stronger than the text, each as the note allows it. */
    @Test
    void theLabelsTheAuditFoundTooStrong() {
        assertEquals(Set.of(Basis.INFERRED), basesOf(place("saint-petersburg").evidence(), "country"),
                "the note calls the congress an event of Russia's \"northern capital\"; the city's country is inferred");
        assertEquals(Set.of(Basis.INFERRED), basesOf(data.organisation("city-monitoring-centre").orElseThrow().evidence(), "place"),
                "the note names no city for the City Monitoring Centre");
        Event congress = event("congress-2016");
        assertEquals(Set.of(Basis.STATED), basesOf(congress.evidence(), "kind"));
        assertEquals(Set.of(Basis.INFERRED), basesOf(congress.evidence(), "start"), "the note does not say when it began");
        assertEquals(Set.of(Basis.INFERRED), basesOf(congress.evidence(), "end"), "the note does not say when it ended");

        Names units = event("visit-city-units-2016-11-29").title();
        assertTrue(units.pl().startsWith("Zapoznanie się z pracą") && units.en().startsWith("Learning about the work"),
                "the English title translates the Polish one: " + units.en());
        assertEquals(List.of(), event("krakow-portals-presentation-2016-11-30").title().aliases(),
                "the portal's name is not another name of the presentation");

        Citation russia = data.country("RU").orElseThrow().evidence().stream().filter(c -> c.basis() == Basis.INFERRED)
                .findFirst().orElseThrow();
        assertEquals(List.of("code"), russia.fields(), "the inference is which country the 8th is");
        Citation count = event("congress-2016").participants().stream().filter(p -> p.place().equals("saint-petersburg"))
                .flatMap(p -> p.evidence().stream()).filter(c -> c.quote().contains("15 miast")).findFirst().orElseThrow();
        for (Citation hedged : List.of(russia, count)) {
            String en = hedged.reason().en().toLowerCase(Locale.ROOT);
            assertTrue(en.contains("the likely reading") && en.contains("foreign participants"),
                    "the list is of the foreign participants, so the host is the likely reading, not the only one: "
                            + hedged.reason().en());
            assertTrue(hedged.reason().pl().contains("prawdopodobn") && hedged.reason().pl().contains("zagranicznych uczestników"),
                    hedged.reason().pl());
        }
    }

    private static Set<Basis> basesOf(List<Citation> evidence, String field) {
        return evidence.stream().filter(c -> !c.fields().isEmpty() && c.covers(field)).map(Citation::basis)
                .collect(Collectors.toSet());
    }

    /** Each record of the file as written, named as in {@link #allEvidence()}. */
    private static void forEachRecord(BiConsumer<String, JsonNode> action) throws IOException {
        JsonNode file = new ObjectMapper().readTree(Path.of("data", DatasetLoader.BUNDLED_NAME).toFile());
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("countries", "country ");
        lists.put("places", "place ");
        lists.put("venues", "venue ");
        lists.put("organisations", "organisation ");
        lists.put("people", "person ");
        lists.put("events", "event ");
        lists.forEach((list, prefix) -> file.get(list).forEach(r -> action.accept(
                prefix + (r.has("code") ? r.get("code") : r.get("id")).asText(), r)));
    }

    private static List<Citation> evidenceOf(String where) {
        return allEvidence().get(where);
    }

    /**
     * The facts a record holds, as citable field paths: each field but its id and the lists with evidence of
     * their own (participants, people); the parts of names and titles one by one, the rest as a whole.
     */
    private static List<String> fieldPaths(JsonNode record) {
        List<String> paths = new ArrayList<>();
        for (var it = record.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (Set.of("id", "evidence", "participants", "people").contains(key)) {
                continue;
            }
            JsonNode value = record.get(key);
            if (Set.of("names", "title").contains(key) && value.isObject()) {
                value.fieldNames().forEachRemaining(part -> paths.add(key + "." + part));
            } else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
                var parts = new TreeSet<String>();
                value.forEach(element -> element.fieldNames().forEachRemaining(parts::add));
                parts.forEach(part -> paths.add(key + "." + part));
            } else {
                paths.add(key);
            }
        }
        return paths;
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, List<Citation>> allEvidence() {
        Map<String, List<Citation>> all = new LinkedHashMap<>();
        data.countries().forEach(c -> all.put("country " + c.code(), c.evidence()));
        data.places().forEach(p -> all.put("place " + p.id(), p.evidence()));
        data.venues().forEach(v -> all.put("venue " + v.id(), v.evidence()));
        data.organisations().forEach(o -> all.put("organisation " + o.id(), o.evidence()));
        data.people().forEach(p -> all.put("person " + p.id(), p.evidence()));
        for (Event e : data.events()) {
            all.put("event " + e.id(), e.evidence());
            e.participants().forEach(p -> all.put("event " + e.id() + " participant " + p.place(), p.evidence()));
            e.people().forEach(a -> all.put("event " + e.id() + " person " + a.person(), a.evidence()));
        }
        return all;
    }

    private static List<Event> childrenOn(String parent, LocalDate day) {
        return data.events().stream().filter(e -> parent.equals(e.parent()) && e.start().equals(day))
                .sorted(Comparator.comparingInt(Event::order)).toList();
    }

    private static Place place(String id) {
        return data.place(id).orElseThrow(() -> new AssertionError("no place " + id));
    }

    private static Event event(String id) {
        return data.event(id).orElseThrow(() -> new AssertionError("no event " + id));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
