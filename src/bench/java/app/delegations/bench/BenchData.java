package app.delegations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Generated data files for the benchmarks, in {@code target/bench-data} (or {@code -Dbench.data=FOLDER}).
 * Written afresh on every call: generation is deterministic, so each fork measures the same bytes.
 */
public final class BenchData {
    private BenchData() {
    }

    public static DatasetGenerator.Summary generate(GeneratorSpec spec) {
        Path folder = Path.of(System.getProperty("bench.data", "target/bench-data"));
        try {
            return DatasetGenerator.generate(spec, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DatasetGenerator.Summary standard(int records) {
        return generate(GeneratorSpec.of(records));
    }

    /** A file of {@code places} places (and a few people and events beside them). */
    public static DatasetGenerator.Summary places(int places) {
        var mix = GeneratorSpec.Mix.PLACES;
        int records = (int) Math.ceil(places * (double) mix.total() / mix.places()) + 40;
        var spec = new GeneratorSpec(records, GeneratorSpec.DEFAULT_SEED, mix, GeneratorSpec.DEFAULT_PER_SOURCE);
        return generate(spec);
    }
}
