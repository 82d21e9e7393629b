package app.delegations.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code GenerateArchive RECORDS FILES FOLDER [--seed N]}: writes the archive of {@link ArchiveGenerator} (the
 * archive, its bad variant and the one file of the same records) under {@code FOLDER/archive-RECORDS-fFILES-sSEED/},
 * and prints what it wrote.
 */
public final class GenerateArchive {
    private GenerateArchive() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && !(args.length == 5 && args[3].equals("--seed"))) {
            System.err.println("usage: GenerateArchive RECORDS FILES FOLDER [--seed N]");
            System.exit(2);
        }
        long seed = args.length == 5 ? Long.parseLong(args[4]) : GeneratorSpec.DEFAULT_SEED;
        var spec = new ArchiveSpec(Integer.parseInt(args[0].replace("_", "")), Integer.parseInt(args[1]), seed);
        long t0 = System.nanoTime();
        ArchiveGenerator.Summary s = ArchiveGenerator.generate(spec, Path.of(args[2]));
        System.out.printf("%s: %d records in %d files, %,d bytes (one file: %,d bytes, %d notes); bad: %s, %s; %d ms%n",
                s.archive(), spec.records(), s.files().size(), s.archiveBytes(), s.one().bytes(), s.one().sources(),
                s.conflicts(), s.unresolved(), (System.nanoTime() - t0) / 1_000_000);
    }
}
