package app.delegations.bench;

/**
 * What archive to generate: the {@code records} of the standard generated file ({@link GeneratorSpec#of}
 * mix, from {@code seed}) shared out over {@code files} data files: one gazetteer and {@code files - 1} event
 * files.
 */
public record ArchiveSpec(int records, int files, long seed) {
    /**
     * The gazetteer and four event files: the bad variant's three conflicts and its unresolved reference are in four
     * different files.
     */
    public static final int MIN_FILES = 5;

    public ArchiveSpec {
        if (files < MIN_FILES) {
            throw new IllegalArgumentException("an archive needs at least " + MIN_FILES + " files: " + files);
        }
        if (records < files * 10) {
            throw new IllegalArgumentException("at least 10 records a file: " + records + " records, " + files + " files");
        }
    }

    public static ArchiveSpec of(int records, int files) {
        return new ArchiveSpec(records, files, GeneratorSpec.DEFAULT_SEED);
    }

    /** The spec of the one file that holds the same records. */
    public GeneratorSpec oneFile() {
        return new GeneratorSpec(records, seed, GeneratorSpec.Mix.STANDARD, GeneratorSpec.DEFAULT_PER_SOURCE);
    }

    /** Folder name stem: {@code archive-100000-f500-s20161130}. */
    public String stem() {
        return "archive-" + records + "-f" + files + "-s" + seed;
    }
}
