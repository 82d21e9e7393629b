package app.delegations.data;

import app.delegations.bench.DatasetGenerator;
import app.delegations.bench.GeneratorSpec;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A valid data file of any size for the loader's tests, written by the one generator of test data,
 * {@link DatasetGenerator}: {@code records / 2} places and as many events (plus the few countries they are in),
 * each with names, coordinates or dates, participants and quoted evidence, and the source notes beside it.
 */
final class LargeDataset {
    /** Places and events only, in equal parts. */
    private static final GeneratorSpec.Mix PLACES_AND_EVENTS = new GeneratorSpec.Mix(1, 0, 0, 0, 1);

    private LargeDataset() {
    }

    /** Writes the file of {@code records} places and events (an even number) into {@code folder}; returns it. */
    static Path write(Path folder, int records) throws IOException {
        return DatasetGenerator.generate(spec(records), folder).file();
    }

    /** The spec whose places and events come to {@code records}: the generator adds the countries to them. */
    private static GeneratorSpec spec(int records) {
        int total = records;
        for (int i = 0; i < 10; i++) {
            var spec = new GeneratorSpec(total, GeneratorSpec.DEFAULT_SEED, PLACES_AND_EVENTS,
                    GeneratorSpec.DEFAULT_PER_SOURCE);
            int countries = spec.counts().countries();
            if (total - countries == records) {
                return spec;
            }
            total = records + countries;
        }
        throw new IllegalArgumentException("no spec of " + records + " places and events");
    }
}
