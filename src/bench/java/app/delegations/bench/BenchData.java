package app.delegations.bench;

import app.delegations.data.DatasetLoader;
import app.delegations.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

/**
 * Generated data files for the benchmarks, in {@code target/bench-data} (or {@code -Dbench.data=FOLDER}).
 * Written afresh on every call, unless {@code -Dbench.reuse=true} and the file is there already (jmh.sh
 * empties the folder once per run, so that every fork of a run reads the same bytes without regenerating).
 */
public final class BenchData {
    private BenchData() {
    }

    public static DatasetGenerator.Summary generate(GeneratorSpec spec) {
        Path folder = Path.of(System.getProperty("bench.data", "target/bench-data"));
        Path file = folder.resolve(spec.stem() + ".json");
        if (Boolean.getBoolean("bench.reuse") && Files.isRegularFile(file)
                && Files.isDirectory(folder.resolve(spec.stem()))) {
            try {
                return new DatasetGenerator.Summary(file, spec.counts(), SourceTexts.count(spec.records(), spec.perSource()),
                        Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return DatasetGenerator.generate(spec, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a generated archive and the one file of the same records are. */
    public record ArchiveData(Path archive, Path oneFile) {
    }

    /**
     * The archive of {@code records} records in {@code files} files and the one file of the same records
     * ({@link ArchiveGenerator}); generated afresh, unless {@code -Dbench.reuse=true} and they are there already.
     */
    public static ArchiveData archive(int records, int files) {
        Path folder = Path.of(System.getProperty("bench.data", "target/bench-data"));
        var spec = ArchiveSpec.of(records, files);
        var data = new ArchiveData(ArchiveGenerator.archive(spec, folder), ArchiveGenerator.oneFile(spec, folder));
        if (Boolean.getBoolean("bench.reuse") && Files.isRegularFile(data.oneFile())
                && Files.isRegularFile(data.archive().resolve("places.json"))) {
            return data;
        }
        try {
            ArchiveGenerator.generate(spec, folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    public static DatasetGenerator.Summary standard(int records) {
        return generate(GeneratorSpec.of(records));
    }

    /** The smallest file of the given mix with at least {@code places} places. */
    public static DatasetGenerator.Summary places(int places) {
        return atLeast(GeneratorSpec.Mix.PLACES, places, GeneratorSpec.Counts::places);
    }

    /** The smallest file of the given mix with at least {@code events} events. */
    public static DatasetGenerator.Summary events(int events) {
        return atLeast(GeneratorSpec.Mix.EVENTS, events, GeneratorSpec.Counts::events);
    }

    private static DatasetGenerator.Summary atLeast(GeneratorSpec.Mix mix, int wanted,
                                                    ToIntFunction<GeneratorSpec.Counts> count) {
        int records = Math.max(GeneratorSpec.MIN_RECORDS, (int) ((long) wanted * mix.total() / 100));
        GeneratorSpec spec;
        do {
            records += Math.max(1, (wanted - count.applyAsInt(spec(records, mix).counts())) / 2);
            spec = spec(records, mix);
        } while (count.applyAsInt(spec.counts()) < wanted);
        return generate(spec);
    }

    private static GeneratorSpec spec(int records, GeneratorSpec.Mix mix) {
        return new GeneratorSpec(records, GeneratorSpec.DEFAULT_SEED, mix, GeneratorSpec.DEFAULT_PER_SOURCE);
    }

    /** Loads a generated file with the real loader; fails unless it loads with no problem. */
    public static Dataset load(DatasetGenerator.Summary data) {
        var result = new DatasetLoader().load(data.file());
        if (!result.ok() || !result.problems().isEmpty()) {
            throw new IllegalStateException(data.file() + " does not load cleanly: "
                    + result.problems().stream().limit(5).map(Object::toString).toList());
        }
        return result.datasetOrNull();
    }
}
