package app.delegations.bench;

import app.delegations.bench.ArchivePlan.DataFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a generated archive folder and the same records as one file, deterministically (the same
 * {@link ArchiveSpec} gives the same bytes), for the archive loader's tests and benchmarks. In
 * {@code FOLDER/STEM/} ({@link ArchiveSpec#stem()}):
 * <ul>
 *   <li>{@code one/}: the one file ({@link DatasetGenerator}'s, of the spec's records and seed) and its notes;</li>
 *   <li>{@code archive/}: the same records in {@code files} data files, laid out by {@link ArchivePlan}: a
 *       gazetteer {@code places.json} of the countries and places that the event files refer to across files,
 *       event files that also re-define a place and the notes they share (identical duplicates, which merge), and
 *       the notes under {@code sources/};</li>
 *   <li>{@code bad/}: the archive with three cross-file conflicts and one unresolved reference
 *       ({@link BadArchive}), which only a loader that reads the files together can see.</li>
 * </ul>
 * Any earlier files of the same spec are replaced.
 */
public final class ArchiveGenerator {
    /** Where the records in {@code file} at {@code path} (e.g. {@code places[0]}) differ from the gazetteer's. */
    public record Conflict(String file, String path, String placeId, String otherFile, String otherPath, String field) {
    }

    /** A reference no file of the archive resolves. */
    public record Unresolved(String file, String path, String placeId) {
    }

    /**
     * What was written.
     *
     * @param files        the archive's data file names, in name order (the bad variant has the same names)
     * @param archiveBytes the size of the archive's data files together (notes not included)
     */
    public record Summary(ArchiveSpec spec, DatasetGenerator.Summary one, Path archive, Path badArchive,
                          List<String> files, long archiveBytes, List<Conflict> conflicts, Unresolved unresolved) {
        /** The one file that holds the archive's records. */
        public Path oneFile() {
            return one.file();
        }
    }

    private ArchiveGenerator() {
    }

    public static Summary generate(ArchiveSpec spec, Path folder) throws IOException {
        Path root = folder.resolve(spec.stem());
        DatasetGenerator.Summary one = DatasetGenerator.generate(spec.oneFile(), root.resolve("one"));
        List<DataFile> plan = ArchivePlan.of(GeneratedRecords.read(one.file()), spec.files());
        Path notes = root.resolve("one").resolve(spec.oneFile().stem());
        Path archive = archive(spec, folder);
        long bytes = write(plan, notes, archive);
        BadArchive.Result bad = BadArchive.of(plan);
        Path badArchive = root.resolve("bad");
        write(bad.files(), notes, badArchive);
        var names = plan.stream().map(DataFile::name).sorted().toList();
        return new Summary(spec, one, archive, badArchive, names, bytes, bad.conflicts(), bad.unresolved());
    }

    /** Where {@link #generate} writes the archive folder of {@code spec} in {@code folder}. */
    public static Path archive(ArchiveSpec spec, Path folder) {
        return folder.resolve(spec.stem()).resolve("archive");
    }

    /** Where {@link #generate} writes the one file of the same records. */
    public static Path oneFile(ArchiveSpec spec, Path folder) {
        return folder.resolve(spec.stem()).resolve("one").resolve(spec.oneFile().stem() + ".json");
    }

    /** Empties {@code folder}, writes the data files into it and the notes into its sources/; returns the data bytes. */
    private static long write(List<DataFile> files, Path notes, Path folder) throws IOException {
        clear(folder);
        Path sources = Files.createDirectories(folder.resolve("sources"));
        try (Stream<Path> texts = Files.list(notes)) {
            for (Path t : (Iterable<Path>) texts::iterator) {
                Files.copy(t, sources.resolve(t.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long bytes = 0;
        for (DataFile f : files) {
            Path file = folder.resolve(f.name());
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8), 1 << 16)) {
                var layout = new JsonLayout(out);
                layout.beginDocument(1);
                for (Map.Entry<String, List<Map<String, Object>>> list : f.lists().entrySet()) {
                    layout.beginList(list.getKey());
                    list.getValue().forEach(layout::record);
                    layout.endList();
                }
                layout.endDocument();
            }
            bytes += Files.size(file);
        }
        return bytes;
    }

    private static void clear(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            return;
        }
        var inside = new ArrayList<Path>();
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(p -> !p.equals(folder)).forEach(inside::add);
        }
        inside.sort(Comparator.reverseOrder());
        for (Path p : inside) {
            Files.delete(p);
        }
    }
}
