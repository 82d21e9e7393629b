package app.delegations.data;

import app.delegations.model.Dataset;
import app.delegations.text.Msg;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Opens an archive folder: every {@code *.json} file directly in it is a data file, read in name order, its
 * source texts under the folder's {@code sources/}; all of them together are one set of records. Never throws
 * for bad input. Stateless and thread-safe.
 *
 * <p>First version: each file must be valid on its own; a record defined in several files is kept once (the
 * first file in name order).
 */
public final class ArchiveLoader {
    private final DatasetLoader loader;

    public ArchiveLoader(DatasetLoader loader) {
        this.loader = loader;
    }

    public Archive open(Path folder, LoadProgress progress) {
        List<Path> files;
        try {
            files = dataFiles(folder);
        } catch (IOException e) {
            String name = String.valueOf(folder.getFileName());
            var problem = new Problem(Problem.Severity.ERROR, name, 0, 0, "",
                    Msg.of("problem.read", FileReading.reason(e)));
            return new Archive(folder, List.of(), new LoadResult(name, null, List.of(problem),
                    LoadResult.Status.UNREADABLE, 0), List.of());
        }
        var parts = new ArrayList<LoadResult>();
        for (Path f : files) {
            parts.add(named(loader.load(f, progress), String.valueOf(f.getFileName())));
        }
        return new Archive(folder, files, merge(folder, parts), parts);
    }

    /** The archive with the given files (changed, added or removed on disk) read again; the others are kept. */
    public Archive refresh(Archive archive, Set<Path> changed, LoadProgress progress) {
        List<Path> files;
        try {
            files = dataFiles(archive.folder());
        } catch (IOException e) {
            return open(archive.folder(), progress);
        }
        var before = new LinkedHashMap<Path, LoadResult>();
        for (int i = 0; i < archive.files().size(); i++) {
            before.put(archive.files().get(i), archive.parts().get(i));
        }
        var parts = new ArrayList<LoadResult>();
        for (Path f : files) {
            LoadResult kept = changed.contains(f) ? null : before.get(f);
            parts.add(kept != null ? kept : named(loader.load(f, progress), String.valueOf(f.getFileName())));
        }
        return new Archive(archive.folder(), files, merge(archive.folder(), parts), parts);
    }

    /** The {@code *.json} files directly in {@code folder}, in name order. */
    public static List<Path> dataFiles(Path folder) throws IOException {
        var files = new ArrayList<Path>();
        try (DirectoryStream<Path> in = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : in) {
                if (Files.isRegularFile(f)) {
                    files.add(f);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static LoadResult named(LoadResult r, String name) {
        var problems = r.problems().stream()
                .map(p -> new Problem(p.severity(), name, p.line(), p.column(), p.path(), p.text(), p.record()))
                .toList();
        return new LoadResult(name, r.datasetOrNull(), problems, r.status(), r.notShown());
    }

    private static LoadResult merge(Path folder, List<LoadResult> parts) {
        String name = String.valueOf(folder.getFileName());
        var problems = new ArrayList<Problem>();
        boolean ok = true;
        for (LoadResult r : parts) {
            problems.addAll(r.problems());
            ok &= r.ok();
        }
        if (!ok) {
            return new LoadResult(name, null, problems);
        }
        var sets = parts.stream().map(LoadResult::datasetOrNull).toList();
        return new LoadResult(name, new Dataset(Dataset.SCHEMA_VERSION,
                union(sets, Dataset::sources, s -> s.id()),
                union(sets, Dataset::countries, c -> c.code()),
                union(sets, Dataset::places, p -> p.id()),
                union(sets, Dataset::venues, v -> v.id()),
                union(sets, Dataset::organisations, o -> o.id()),
                union(sets, Dataset::people, p -> p.id()),
                union(sets, Dataset::events, e -> e.id())), problems);
    }

    private static <T> List<T> union(List<Dataset> sets, Function<Dataset, List<T>> items, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (Dataset d : sets) {
            for (T t : items.apply(d)) {
                byId.putIfAbsent(id.apply(t), t);
            }
        }
        return List.copyOf(byId.values());
    }
}
