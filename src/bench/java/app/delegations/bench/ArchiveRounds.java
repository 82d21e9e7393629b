package app.delegations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What a harness over a generated archive is asked on its command line, {@code [RECORDS [FILES [ROUNDS
 * [WARM]]]]} (100,000 records in 500 files unless given), and the copies of that archive it works on.
 */
public record ArchiveRounds(int records, int files, int rounds, int warm) {

    /** The arguments, with the harness's own number of measured and warm-up rounds when not given. */
    public static ArchiveRounds of(String[] args, int rounds, int warm) {
        return new ArchiveRounds(arg(args, 0, 100_000), arg(args, 1, 500), arg(args, 2, rounds), arg(args, 3, warm));
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    /** The generated archive and the one file of the same records ({@link BenchData#archive}). */
    public BenchData.ArchiveData data() {
        return BenchData.archive(records, files);
    }

    /** Every file and folder under {@code from} copied into {@code to} (which exists). */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** {@code folder} and everything in it removed, as far as it can be. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
