package app.delegations.ui;

import app.delegations.data.DatasetLoader;
import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Names;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixtures of the tests. {@link #congress()} is the one congress: the data the app ships
 * (data/congress-2016.json: 15 places in 8 countries; a congress with two visits on 29 November and a
 * conference at Smolny on 30 November holding Kraków's two presentations and the Governor's summary), loaded
 * once and shared, so that a test's ids and quotes are those a user sees. A test that needs a shape the file
 * does not have builds that small dataset itself. Plus small fixtures.
 */
public final class TestData {
    public static final String SOURCE = "note-2016";
    public static final LocalDate NOV_29 = LocalDate.of(2016, 11, 29);
    public static final LocalDate NOV_30 = LocalDate.of(2016, 11, 30);

    private TestData() {
    }

    /** The text of the congress's only source, the note, as the loader read it. */
    public static String noteText() {
        return congress().source(SOURCE).orElseThrow().text();
    }

    /** The data the app ships, loaded once (datasets are immutable, so the tests share it). */
    public static Dataset congress() {
        return Bundled.DATASET;
    }

    /** Loaded on first use, by the class loader's lock: once for all tests in this JVM. */
    private static final class Bundled {
        static final Dataset DATASET = new DatasetLoader().loadBundled().dataset().orElseThrow();
    }

    /** Three Polish cities whose Polish sort differs from a binary one. */
    public static Dataset polishCities() {
        var pl = country("PL", "Polska", "Poland", "Polska");
        var places = List.of(polishCity("zakopane", "Zakopane"), polishCity("lodz", "Łódź"),
                polishCity("lublin", "Lublin"));
        return new Dataset(1, List.of(), List.of(pl), places, List.of(), List.of(), List.of(), List.of());
    }

    /** The dataset with {@code n} more Polish towns, "Town 1" to "Town n" (ids town-1…), after its own places. */
    public static Dataset withPolishTowns(Dataset d, int n) {
        var places = new ArrayList<>(d.places());
        for (int i = 1; i <= n; i++) {
            places.add(polishCity("town-" + i, "Town " + i));
        }
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), places, d.venues(), d.organisations(),
                d.people(), d.events());
    }

    private static Place polishCity(String id, String name) {
        return new Place(id, PlaceKind.CITY, new Names(name, name, name), "PL", null, null,
                List.of(reference(List.of())));
    }

    /** Countries without places, each given as "code|Polish name|English name", in this order. */
    public static Dataset countries(String... codeAndNames) {
        var list = new ArrayList<Country>();
        for (String c : codeAndNames) {
            String[] parts = c.split("\\|");
            list.add(country(parts[0], parts[1], parts[2], parts[2]));
        }
        return new Dataset(1, List.of(), list, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Country country(String code, String pl, String en, String nat) {
        return new Country(code, new Names(pl, en, nat), List.of(reference(List.of("code", "names.native"))));
    }

    /** A citation stating {@code fields} by {@code quote}, which must be in the note. */
    public static Citation stated(String quote, String... fields) {
        int[] range = find(quote);
        return new Citation(Basis.STATED, Arrays.asList(fields), SOURCE, quote, null, range[0], range[1]);
    }

    public static Citation reference(List<String> fields) {
        return new Citation(Basis.REFERENCE, fields, null, null,
                new Text("Dane referencyjne (GeoNames, ISO 3166).", "Reference data (GeoNames, ISO 3166)."), -1, -1);
    }

    /** Finds a quote in the note as the loader does: any run of whitespace matches any run of whitespace. */
    private static int[] find(String quote) {
        String regex = Arrays.stream(quote.trim().split("\\s+")).map(Pattern::quote)
                .reduce((a, b) -> a + "\\s+" + b).orElseThrow();
        Matcher m = Pattern.compile(regex).matcher(noteText());
        if (!m.find()) {
            throw new IllegalArgumentException("quote not in the note: " + quote);
        }
        return new int[] {m.start(), m.end()};
    }
}
