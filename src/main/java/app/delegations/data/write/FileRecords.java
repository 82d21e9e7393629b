package app.delegations.data.write;

import app.delegations.data.CountryReference;
import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A data file read alone, as the app and {@code delegations validate} read it, with the records the file itself
 * holds: what {@link CanonicalWriter} writes back. A file may name a country it does not define, which the loader
 * then takes from its reference list of the world's countries and adds to the dataset; such a country is not
 * part of the file and is left out of {@link #records()}. (A file of an archive folder needs no such care: each
 * of {@code Archive.parts()} holds that file's own records.)
 *
 * @param result  the load as the loader reports it: the dataset with the reference countries, or the problems
 * @param records the file's own records, or null when the file did not load
 */
public record FileRecords(LoadResult result, Dataset records) {

    /** Reads {@code file} with the countries no file defines taken from {@code countries}. */
    public static FileRecords load(Path file, CountryReference countries) {
        Set<String> taken = ConcurrentHashMap.newKeySet();
        CountryReference recording = code -> {
            Optional<Country> c = countries.country(code);
            c.ifPresent(x -> taken.add(code));
            return c;
        };
        LoadResult result = new DatasetLoader(recording).load(file);
        Dataset d = result.datasetOrNull();
        return new FileRecords(result, d == null ? null : without(d, taken));
    }

    /** {@code d} without the countries of {@code codes} (the loader asks the list only for codes no file defines). */
    private static Dataset without(Dataset d, Set<String> codes) {
        if (codes.isEmpty()) {
            return d;
        }
        var own = new ArrayList<Country>(d.countries().size());
        for (Country c : d.countries()) {
            if (!codes.contains(c.code())) {
                own.add(c);
            }
        }
        return new Dataset(d.schemaVersion(), d.sources(), own, d.places(), d.venues(), d.organisations(), d.people(),
                d.events());
    }

    /** True when the file loaded. */
    public boolean ok() {
        return records != null;
    }
}
