package app.delegations.data;

import app.delegations.model.Basis;
import app.delegations.model.Citation;
import app.delegations.model.Country;
import app.delegations.model.Names;
import app.delegations.model.Text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world's countries as reference data, so that a data file need not define a country to name it: every
 * ISO 3166-1 alpha-2 code (249), and XK for Kosovo (user-assigned, as CLDR and the EU use it), with its Polish,
 * English and native name, the native one in the country's main language and script (Україна, Србија, Slovensko).
 * Each country cites one {@link Basis#REFERENCE} citation naming the source.
 *
 * <p>The list is the bundled resource {@code world-countries.tsv}, generated once by
 * {@code src/bench/scripts/world-countries.sh} from the Unicode CLDR data the JDK carries (the names) and CLDR's
 * likelySubtags (the main language); its header names the versions. It is bundled rather than asked of the JDK
 * at run time because the app's runtime image carries the locale data of Polish and English only, and so that
 * the names do not change with the JDK.
 *
 * <p>Read once, on the first call of {@link #country} or {@link #all}, then immutable; safe to share between
 * threads. An instance is built by the caller (App), not held in a static field.
 */
public final class WorldCountries implements CountryReference {
    /** The resource beside this class. */
    static final String RESOURCE = "world-countries.tsv";

    private static final String HEADER = "code\tlanguage\tpl\ten\tnative";
    private static final Text REASON = new Text(
            "Lista referencyjna ISO 3166-1 / Unicode CLDR: kod alfa-2 oraz nazwa polska, angielska i własna"
                    + " (w głównym języku kraju).",
            "The ISO 3166-1 / Unicode CLDR reference list: the alpha-2 code and the Polish, English and native"
                    + " name (in the country's main language).");
    private static final List<String> FIELDS = List.of("code", "names.pl", "names.en", "names.native");

    private final Object lock = new Object();
    private volatile Table table;

    /** What the resource holds: the countries in code order, and the same by code. */
    private record Table(List<Country> all, Map<String, Country> byCode) {
    }

    /** The country of this ISO 3166-1 alpha-2 code, as written in data files (upper case, e.g. {@code "PL"}). */
    @Override
    public Optional<Country> country(String code) {
        return Optional.ofNullable(table().byCode().get(code));
    }

    /** Every country, in code order; an unmodifiable list, the same one on every call. */
    public List<Country> all() {
        return table().all();
    }

    private Table table() {
        Table t = table;
        if (t == null) {
            synchronized (lock) {
                t = table;
                if (t == null) {
                    t = read();
                    table = t;
                }
            }
        }
        return t;
    }

    private static Table read() {
        try (InputStream in = WorldCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the build");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Comment lines start with {@code #}; then the header, then one tab-separated line per country. */
    private static Table parse(BufferedReader lines) throws IOException {
        var citation = List.of(new Citation(Basis.REFERENCE, FIELDS, null, null, REASON, -1, -1));
        var all = new ArrayList<Country>(256);
        var byCode = new HashMap<String, Country>(512);
        boolean header = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + " does not start with the header " + HEADER);
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                throw new IllegalStateException(RESOURCE + ": not 5 columns: " + line);
            }
            var country = new Country(f[0], new Names(f[2], f[3], f[4]), citation);
            all.add(country);
            if (byCode.put(country.code(), country) != null) {
                throw new IllegalStateException(RESOURCE + ": " + country.code() + " twice");
            }
        }
        return new Table(List.copyOf(all), Map.copyOf(byCode));
    }
}
