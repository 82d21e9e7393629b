package app.delegations.data;

import app.delegations.model.Dataset;
import app.delegations.text.Msg;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a data file into a validated {@link Dataset}, or a list of located problems
 * ({@code FILE:LINE:COLUMN: path: message}). Never throws for bad input, whatever the bytes: every failure
 * becomes a problem. Stateless and thread-safe: one loader may serve several threads; it touches no JavaFX.
 * A country referred to but not defined in the file is taken from the loader's {@link CountryReference}.
 *
 * <p>How a file is read: the bytes are read whole (at most {@link Limits#MAX_FILE_BYTES}, size checked first),
 * checked to be UTF-8 (a byte-order mark is accepted), then parsed by Jackson's streaming parser straight into
 * the model records, keeping the place of each id and reference; references, event dates and parents are
 * checked once the whole file is read. No data binding, no polymorphic typing: nothing in the file is
 * evaluated, and source texts are only read from inside the data file's folder.
 */
public final class DatasetLoader {

    /** Name of the bundled dataset, as problems and the title bar show it. */
    public static final String BUNDLED_NAME = "congress-2016.json";

    /** Classpath folder of the bundled data: the repository's {@code data/} is copied here at build time. */
    public static final String BUNDLED_ROOT = "/app/delegations/data/bundled/";

    /**
     * Jackson, set up strictly: no comments/NaN/trailing commas (off by default). Duplicate keys are rejected
     * by {@link FieldWalker} and, in values skipped, by {@code SkippedValues.skip}.
     */
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH)
                    .maxStringLength(Limits.MAX_STRING_CHARS)
                    .maxNumberLength(Limits.MAX_NUMBER_CHARS)
                    .maxNameLength(Limits.MAX_NAME_CHARS)
                    .maxDocumentLength(Limits.MAX_FILE_BYTES)
                    .build())
            .build();

    private final CountryReference countries;

    /** A loader for which every country referred to must be defined in the file. */
    public DatasetLoader() {
        this(CountryReference.NONE);
    }

    /** A loader that takes a country referred to but defined in no file from {@code countries}. */
    public DatasetLoader(CountryReference countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
    }

    /** The reference list of countries this loader consults. */
    public CountryReference countries() {
        return countries;
    }

    public LoadResult load(Path file) {
        return load(file, LoadProgress.NONE);
    }

    /** Loads {@code file}; problems name it as given ({@code file.toString()}). */
    public LoadResult load(Path file, LoadProgress progress) {
        return load(file, file.toString(), ReadOptions.alone(countries), progress).result();
    }

    /** Reads {@code file} as one part of an archive (see {@link ReadOptions#part}); problems name it {@code name}. */
    ArchivePart loadPart(Path file, String name, LoadProgress progress) {
        return load(file, name, ReadOptions.PART, progress);
    }

    private static ArchivePart load(Path file, String name, ReadOptions options, LoadProgress progress) {
        FileReading.Read read = FileReading.read(file, progress);
        if (read.cancelled()) {
            return new ArchivePart(file, cancelled(name), null);
        }
        if (read.bytes() == null) {
            return new ArchivePart(file, new LoadResult(name, null, List.of(new Problem(Problem.Severity.ERROR, name,
                    0, 0, "", read.problem())), read.unreadable() ? LoadResult.Status.UNREADABLE
                    : LoadResult.Status.INVALID, 0), null);
        }
        return parse(file, name, read.bytes(), SourceFiles.folder(folderOf(file)), options, progress);
    }

    /** The folder of the file itself (through a symbolic link: the folder of the file linked to). */
    private static Path folderOf(Path file) {
        try {
            return file.toRealPath().getParent();
        } catch (IOException e) {
            return file.toAbsolutePath().getParent();
        }
    }

    public LoadResult loadBundled() {
        return loadBundled(LoadProgress.NONE);
    }

    public LoadResult loadBundled(LoadProgress progress) {
        byte[] bytes;
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_ROOT + BUNDLED_NAME)) {
            if (in == null) {
                return unreadable(BUNDLED_NAME, Msg.of("bundled.missing"));
            }
            bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return unreadable(BUNDLED_NAME, Msg.of("bundled.unreadable", IoReason.of(e)));
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            return new LoadResult(BUNDLED_NAME, null, List.of(new Problem(Problem.Severity.ERROR, BUNDLED_NAME, 0, 0,
                    "", FileReading.tooLarge(bytes.length))));
        }
        return parse(null, BUNDLED_NAME, bytes, SourceFiles.bundled(BUNDLED_ROOT), ReadOptions.alone(countries),
                progress).result();
    }

    /**
     * Loads data held in memory; its source files are read through {@code sources}. Every step asks
     * {@code progress} whether to stop after a bounded amount of work ({@link Checkpoint}).
     */
    static LoadResult parse(String name, byte[] bytes, SourceFiles sources, LoadProgress progress) {
        return parse(null, name, bytes, sources, ReadOptions.alone(CountryReference.NONE), progress).result();
    }

    /** Reads bytes held in memory as the file {@code file} of an archive would be read (see {@link #loadPart}). */
    static ArchivePart parsePart(Path file, String name, byte[] bytes, SourceFiles sources, LoadProgress progress) {
        return parse(file, name, bytes, sources, ReadOptions.PART, progress);
    }

    private static ArchivePart parse(Path file, String name, byte[] bytes, SourceFiles sources, ReadOptions options,
                                     LoadProgress progress) {
        try {
            return parseOrStop(file, name, bytes, sources, options, progress);
        } catch (LoadCancelled e) {
            return new ArchivePart(file, cancelled(name), null);
        }
    }

    private static ArchivePart parseOrStop(Path file, String name, byte[] bytes, SourceFiles sources,
                                           ReadOptions options, LoadProgress progress) {
        TextEncoding.Check encoding = TextEncoding.check(bytes, bytes.length, Checkpoint.of(progress));
        var problems = new Problems(name, bytes, bytes.length, encoding.textStart());
        if (!encoding.ok()) {
            problems.error(encoding.at(), Msg.of("problem.thisFile", encoding.problem()));
            return new ArchivePart(file, result(name, null, problems), null);
        }
        if (encoding.textStart() > 0 && encoding.textStart() == bytes.length) {
            problems.error(0, Msg.of("problem.empty.bom"));
            return new ArchivePart(file, result(name, null, problems), null);
        }
        try {
            DatasetParser.Outcome outcome = read(bytes, problems, sources, null, options, progress);
            if (outcome.quotesDeferred) { // quotes came before the sources list: read again, sources known
                problems = new Problems(name, bytes, bytes.length, encoding.textStart());
                outcome = read(bytes, problems, sources, outcome.sources, options, progress);
            }
            if (outcome.cancelled) {
                return new ArchivePart(file, cancelled(name), null);
            }
            progress.progress(bytes.length, bytes.length);
            return new ArchivePart(file, result(name, outcome.dataset, problems), outcome.open);
        } catch (LoadCancelled e) {
            throw e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Bounded by the limits above; kept as a last resort so that a load never takes the app down.
            problems.error(-1, Msg.of("problem.memory"));
            return new ArchivePart(file, result(name, null, problems), null);
        } catch (RuntimeException e) {
            problems.error(-1, Msg.of("problem.internal"));
            return new ArchivePart(file, result(name, null, problems), null);
        }
    }

    private static DatasetParser.Outcome read(byte[] bytes, Problems problems, SourceFiles sources,
                                              SourceTable known, ReadOptions options, LoadProgress progress) {
        try (JsonParser parser = JSON.createParser(new CancellableInput(bytes, progress))) {
            var parse = new ParseState(parser, problems, sources, known, progress, options);
            try {
                return new DatasetParser(parse, progress, bytes).read();
            } catch (JsonProcessingException e) {
                JsonErrors.Located l = JsonErrors.translate(e, parser, bytes);
                problems.error(l.at(), l.path(), l.message());
                var out = new DatasetParser.Outcome();
                out.sources = parse.sources;
                return out;
            }
        } catch (IOException e) {
            problems.error(-1, Msg.of("problem.read", IoReason.of(e)));
            return new DatasetParser.Outcome();
        }
    }

    private static LoadResult result(String name, Dataset dataset, Problems problems) {
        return new LoadResult(name, dataset, problems.list(),
                dataset != null ? LoadResult.Status.LOADED : LoadResult.Status.INVALID, problems.notShown());
    }

    static LoadResult cancelled(String name) {
        return new LoadResult(name, null, List.of(new Problem(Problem.Severity.ERROR, name, 0, 0, "",
                Msg.of("problem.cancelled"))), LoadResult.Status.CANCELLED, 0);
    }

    private static LoadResult unreadable(String name, Msg why) {
        return new LoadResult(name, null, List.of(new Problem(Problem.Severity.ERROR, name, 0, 0, "", why)),
                LoadResult.Status.UNREADABLE, 0);
    }
}
