package app.delegations.ui;

import app.delegations.data.DatasetLoader;
import app.delegations.model.Attendance;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Coordinates;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.OrganisationKind;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.PersonRole;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.PlaceRole;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.model.Venue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The congress fixtures of the tests. {@link #bundledCongress()} is the data the app ships
 * (data/congress-2016.json), loaded once and shared: use it for what the app shows of its own data.
 * {@link #congress()} is the same congress built in Java with the view-model tests' own ids and evidence
 * (15 places in 8 countries, a congress with visits on 29 November and a conference with Kraków's two
 * presentations and the Governor's summary on 30 November): the assertions of those tests name its ids and
 * quotes ("presentation-strategy", each place citing its name in the note), which the file words otherwise.
 * Plus small fixtures.
 */
public final class TestData {
    public static final String SOURCE = "note-2016";
    public static final LocalDate NOV_29 = LocalDate.of(2016, 11, 29);
    public static final LocalDate NOV_30 = LocalDate.of(2016, 11, 30);

    private static final String NOTE = readNote();

    private TestData() {
    }

    public static String noteText() {
        return NOTE;
    }

    /** The data the app ships, loaded once (datasets are immutable, so the tests share it). */
    public static Dataset bundledCongress() {
        return Bundled.DATASET;
    }

    /** Loaded on first use, by the class loader's lock: once for all tests in this JVM. */
    private static final class Bundled {
        static final Dataset DATASET = new DatasetLoader().loadBundled().dataset().orElseThrow();
    }

    /** The congress built in Java (see the class comment): 15 places, 8 countries, 7 events over two days. */
    public static Dataset congress() {
        var countries = List.of(
                country("RU", "Rosja", "Russia", "Россия", null),
                country("BG", "Bułgaria", "Bulgaria", "България", "z Bułgarii"),
                country("BA", "Bośnia i Hercegowina", "Bosnia and Herzegovina", "Bosna i Hercegovina", "Bośni i Hercegowiny"),
                country("RS", "Serbia", "Serbia", "Србија", "Serbii (Kragujevac,"),
                country("SK", "Słowacja", "Slovakia", "Slovensko", "Słowacji (Koszyce)"),
                country("SI", "Słowenia", "Slovenia", "Slovenija", "Słowenii (Maribor)"),
                country("HR", "Chorwacja", "Croatia", "Hrvatska", "Chorwacji (Zagrzeb,"),
                country("PL", "Polska", "Poland", "Polska", "oraz Polski (Kraków, Gdańsk)"));
        var places = new ArrayList<Place>();
        places.add(new Place("saint-petersburg", PlaceKind.CITY, new Names("Petersburg", "Saint Petersburg", "Санкт-Петербург", List.of("St. Petersburg")),
                "RU", new Coordinates(59.9375, 30.3086, null), new Text("Gospodarz Kongresu.", "The host of the Congress."),
                List.of(inferred("przedstawiciele 15 miast i regionów z 8 słowiańskich krajów",
                        "Wymieniono 14 miejsc, policzono 15: piętnaste to gospodarz.", "15 places are counted, 14 are listed: the 15th is the host."),
                        reference(List.of("names.native", "coordinates")))));
        places.add(city("sofia", PlaceKind.CITY, "Sofia", "Sofia", "София", "BG", 42.6977, 23.3219, "(Sofia,"));
        places.add(city("haskovo", PlaceKind.CITY, "Chaskowo", "Haskovo", "Хасково", "BG", 41.9344, 25.5554, "Chaskowo,"));
        places.add(city("plovdiv", PlaceKind.CITY, "Płowdiw", "Plovdiv", "Пловдив", "BG", 42.1354, 24.7453, "Płowdiw,"));
        places.add(city("stara-zagora", PlaceKind.REGION, "Obwód Stara Zagora", "Stara Zagora Province", "Област Стара Загора", "BG", 42.4258, 25.6345, "Obwód Stara Zagora)"));
        places.add(city("republika-srpska", PlaceKind.ENTITY, "Republika Serbska", "Republika Srpska", "Република Српска", "BA", 44.7722, 17.1910, "(Republika Serbska)"));
        places.add(city("kragujevac", PlaceKind.CITY, "Kragujevac", "Kragujevac", "Крагујевац", "RS", 44.0128, 20.9114, "(Kragujevac,"));
        places.add(city("krusevac", PlaceKind.CITY, "Kruševac", "Kruševac", "Крушевац", "RS", 43.5800, 21.3339, "Kruševac,"));
        places.add(city("vranje", PlaceKind.CITY, "Vranje", "Vranje", "Врање", "RS", 42.5514, 21.9003, "Vranje)"));
        places.add(city("kosice", PlaceKind.CITY, "Koszyce", "Košice", "Košice", "SK", 48.7164, 21.2611, "(Koszyce)"));
        places.add(city("maribor", PlaceKind.CITY, "Maribor", "Maribor", "Maribor", "SI", 46.5547, 15.6459, "(Maribor)"));
        places.add(city("zagreb", PlaceKind.CITY, "Zagrzeb", "Zagreb", "Zagreb", "HR", 45.8150, 15.9819, "(Zagrzeb,"));
        places.add(city("varazdin", PlaceKind.REGION, "Obwód Varaždin", "Varaždin County", "Varaždinska županija", "HR", 46.3057, 16.3366, "Obwód Varaždin)"));
        places.add(city("krakow", PlaceKind.CITY, "Kraków", "Kraków", "Kraków", "PL", 50.0647, 19.9450, "(Kraków,"));
        places.add(city("gdansk", PlaceKind.CITY, "Gdańsk", "Gdańsk", "Gdańsk", "PL", 54.3520, 18.6466, "Gdańsk)"));

        var venues = List.of(new Venue("smolny", new Names("Smolny", "Smolny", "Смольный"), "saint-petersburg", null,
                new Text("Siedziba władz St. Petersburga.", "The seat of St. Petersburg's government."),
                List.of(stated("w Smolnym – siedzibie władz St. Petersburga"))));
        var organisations = List.of(
                new Organisation("slavic-cultures-forum", OrganisationKind.FOUNDATION,
                        new Names("Fundacja Forum Kultur Słowiańskich", "Forum of Slavic Cultures Foundation", "Fundacija Forum slovanskih kultur"),
                        null, null, List.of(stated("Fundacji Forum Kultur Słowiańskich"))),
                new Organisation("monitoring-centre", OrganisationKind.CITY_UNIT,
                        new Names("Miejskie Centrum Monitoringu", "City Monitoring Centre", "Городской мониторинговый центр"),
                        "saint-petersburg", null, List.of(stated("Miejskim Centrum Monitoringu"))));
        var people = List.of(
                new Person("andreja-rihter", new Names("Andreja Rihter", "Andreja Rihter", "Andreja Rihter"), "dr",
                        List.of(new Position(new Text("Dyrektor", "Director"), "slavic-cultures-forum", null)),
                        List.of(stated("Dyrektor Fundacji Forum Kultur Słowiańskich dr Andreja Rihter"))),
                new Person("georgy-poltavchenko", new Names("Gieorgij Połtawczenko", "Georgy Poltavchenko", "Георгий Полтавченко", List.of("Giorgij Połtawczenko")), null,
                        List.of(new Position(new Text("Gubernator", "Governor"), null, "saint-petersburg")),
                        List.of(stated("Gubernator St. Petersburga Giorgij Połtawczenko"))));

        var allParticipants = new ArrayList<Participation>();
        allParticipants.add(new Participation("saint-petersburg", PlaceRole.HOST,
                List.of(inferred("przedstawiciele 15 miast i regionów z 8 słowiańskich krajów",
                        "Gospodarz jest piętnastym miejscem.", "The host is the 15th place."))));
        for (Place p : places.subList(1, places.size())) {
            allParticipants.add(new Participation(p.id(), PlaceRole.PARTICIPANT, p.evidence()));
        }
        var events = List.of(
                new Event("congress-2016", EventKind.CONGRESS,
                        new Names("IV Międzynarodowy Kongres „St. Petersburg i Świat Słowiański”",
                                "4th International Congress “St. Petersburg and the Slavic World”", "IV Международный конгресс «Санкт-Петербург и славянский мир»"),
                        null, NOV_29, NOV_30, 1, null, "saint-petersburg", null, allParticipants,
                        List.of(new Attendance("andreja-rihter", PersonRole.HONORARY_GUEST, null,
                                List.of(stated("goście honorowi, jak np. Dyrektor Fundacji Forum Kultur Słowiańskich dr Andreja Rihter")))),
                        List.of(), List.of(stated("IV Międzynarodowym Kongresie „St. Petersburg i Świat Słowiański”"))),
                event("visit-universities", EventKind.VISIT, "Wizyta na uczelniach", "Visit to universities", "congress-2016", NOV_29, 1,
                        null, List.of(), List.of(), stated("29 listopada uczestnicy Kongresu odwiedzili uczelnie wyższe St. Petersburga")),
                event("visit-monitoring", EventKind.VISIT, "Wizyta w Miejskim Centrum Monitoringu", "Visit to the City Monitoring Centre", "congress-2016", NOV_29, 2,
                        null, List.of(), List.of(), stated("Miejskim Centrum Monitoringu")),
                event("conference-smolny", EventKind.CONFERENCE, "Rola technologii informacyjnych dla rozwoju współczesnych miast",
                        "The role of information technology in the development of modern cities", "congress-2016", NOV_30, 1,
                        "smolny", List.of(), List.of(), stated("30 listopada w Smolnym")),
                event("presentation-strategy", EventKind.PRESENTATION, "Strategia Rozwoju Miasta i Smart City", "City Development Strategy and Smart City",
                        "conference-smolny", NOV_30, 1, "smolny",
                        List.of(new Participation("krakow", PlaceRole.PRESENTER, List.of(stated("Kraków przedstawił na konferencji dwie prezentacje")))),
                        List.of(), stated("Strategii Rozwoju Miasta ze szczególnym uwzględnieniem priorytetów Smart City")),
                event("presentation-portals", EventKind.PRESENTATION, "Miejskie portale internetowe", "City web portals",
                        "conference-smolny", NOV_30, 2, "smolny",
                        List.of(new Participation("krakow", PlaceRole.PRESENTER, List.of(stated("Kraków przedstawił na konferencji dwie prezentacje")))),
                        List.of(), stated("miejskich portali internetowych")),
                event("summary", EventKind.SUMMARY, "Podsumowanie konferencji", "Summary of the conference",
                        "conference-smolny", NOV_30, 3, "smolny", List.of(),
                        List.of(new Attendance("georgy-poltavchenko", PersonRole.HOST_OFFICIAL, null,
                                List.of(stated("Podsumowania konferencji dokonał")))),
                        stated("Podsumowania konferencji dokonał")));
        var source = new Source(SOURCE, "sources/note-2016-11-30-krakow.txt",
                new Text("Notatka o udziale Krakowa w IV Kongresie", "Note on Kraków at the 4th Congress"), NOV_30,
                null, "pl", null, NOTE);
        return new Dataset(1, List.of(source), countries, places, venues, organisations, people, events);
    }

    /** Three Polish cities whose Polish sort differs from a binary one. */
    public static Dataset polishCities() {
        var pl = country("PL", "Polska", "Poland", "Polska", null);
        var places = List.of(
                new Place("zakopane", PlaceKind.CITY, new Names("Zakopane", "Zakopane", "Zakopane"), "PL", null, null, List.of(reference(List.of()))),
                new Place("lodz", PlaceKind.CITY, new Names("Łódź", "Łódź", "Łódź"), "PL", null, null, List.of(reference(List.of()))),
                new Place("lublin", PlaceKind.CITY, new Names("Lublin", "Lublin", "Lublin"), "PL", null, null, List.of(reference(List.of()))));
        return new Dataset(1, List.of(), List.of(pl), places, List.of(), List.of(), List.of(), List.of());
    }

    /** Countries without places, each given as "code|Polish name|English name", in this order. */
    public static Dataset countries(String... codeAndNames) {
        var list = new ArrayList<Country>();
        for (String c : codeAndNames) {
            String[] parts = c.split("\\|");
            list.add(country(parts[0], parts[1], parts[2], parts[2], null));
        }
        return new Dataset(1, List.of(), list, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Country country(String code, String pl, String en, String nat, String quote) {
        var evidence = new ArrayList<Citation>();
        if (quote != null) {
            evidence.add(stated(quote));
        }
        evidence.add(reference(List.of("code", "names.native")));
        return new Country(code, new Names(pl, en, nat), evidence);
    }

    private static Place city(String id, PlaceKind kind, String pl, String en, String nat, String country, double lat,
                              double lon, String quote) {
        return new Place(id, kind, new Names(pl, en, nat), country, new Coordinates(lat, lon, null), null,
                List.of(stated(quote), reference(List.of("names.native", "coordinates"))));
    }

    private static Event event(String id, EventKind kind, String pl, String en, String parent, LocalDate day, int order,
                               String venue, List<Participation> participants, List<Attendance> people, Citation evidence) {
        return new Event(id, kind, new Names(pl, en, pl), parent, day, day, order, venue, null, null, participants, people,
                List.of(), List.of(evidence));
    }

    public static Citation stated(String quote, String... fields) {
        int[] range = find(quote);
        return new Citation(Basis.STATED, Arrays.asList(fields), SOURCE, quote, null, range[0], range[1]);
    }

    public static Citation inferred(String quote, String pl, String en) {
        int[] range = find(quote);
        return new Citation(Basis.INFERRED, List.of(), SOURCE, quote, new Text(pl, en), range[0], range[1]);
    }

    public static Citation reference(List<String> fields) {
        return new Citation(Basis.REFERENCE, fields, null, null,
                new Text("Dane referencyjne (GeoNames, ISO 3166).", "Reference data (GeoNames, ISO 3166)."), -1, -1);
    }

    /** Finds a quote in the note as the loader does: any run of whitespace matches any run of whitespace. */
    private static int[] find(String quote) {
        String regex = Arrays.stream(quote.trim().split("\\s+")).map(Pattern::quote).reduce((a, b) -> a + "\\s+" + b).orElseThrow();
        Matcher m = Pattern.compile(regex).matcher(NOTE);
        if (!m.find()) {
            throw new IllegalArgumentException("quote not in the note: " + quote);
        }
        return new int[] {m.start(), m.end()};
    }

    private static String readNote() {
        try {
            return Files.readString(Path.of("data/sources/note-2016-11-30-krakow.txt"), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
