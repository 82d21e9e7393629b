package app.delegations.data;

import app.delegations.text.Msg;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Opens an archive folder: every {@code *.json} file directly in it is a data file, read in name order, its
 * source texts under the folder's {@code sources/}; all of them together are one set of records (data/README.md,
 * "An archive folder"). A reference may point to a record of another file; a record defined in several files is
 * one record ({@link ArchiveMerge}). Never throws for bad input. Stateless and thread-safe.
 *
 * <p>Files are read in parallel, by at most {@link #THREADS} threads of a pool made for each call; the
 * records are then merged in one linear pass. A file that quotes a source another file defines is read a second
 * time, with the archive's sources known (its quotes can only be found once they are).
 */
public final class ArchiveLoader {
    /** Most files read at once: each holds its bytes and records while it is read. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Reads one file of an archive: {@link DatasetLoader#loadPart}, or a stand-in in tests. */
    @FunctionalInterface
    interface PartReader {
        ArchivePart read(Path file, String name, Map<String, SourceTable.Entry> archiveSources, LoadProgress progress);
    }

    private final DatasetLoader loader;
    private final PartReader reader;

    public ArchiveLoader(DatasetLoader loader) {
        this(loader, loader::loadPart);
    }

    ArchiveLoader(DatasetLoader loader, PartReader reader) {
        this.loader = loader;
        this.reader = reader;
    }

    public Archive open(Path folder, LoadProgress progress) {
        return load(folder, Map.of(), progress);
    }

    /**
     * The archive with the given files (changed, added or removed on disk; paths in the folder, known by their
     * names) read again; the others are kept as read before (a file that quotes a source of a changed file is
     * read again too), and all are merged anew. The folder is listed again: a file not in {@code changed} that
     * appeared is read too.
     */
    public Archive refresh(Archive archive, Set<Path> changed, LoadProgress progress) {
        var names = new HashSet<String>(); // the files are directly in the folder: their names say which
        for (Path c : changed) {
            names.add(String.valueOf(c.getFileName()));
        }
        var kept = new HashMap<String, ArchivePart>();
        List<ArchivePart> parts = archive.archiveParts();
        for (int i = 0; i < parts.size(); i++) {
            String name = String.valueOf(archive.files().get(i).getFileName());
            if (!names.contains(name) && !parts.get(i).result().cancelled()) {
                kept.put(name, parts.get(i));
            }
        }
        return load(archive.folder(), kept, progress);
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

    private Archive load(Path folder, Map<String, ArchivePart> kept, LoadProgress progress) {
        String name = String.valueOf(folder.getFileName());
        List<Path> files;
        try {
            files = dataFiles(folder);
        } catch (IOException e) {
            return failed(folder, LoadResult.Status.UNREADABLE, Msg.of("archive.unreadable",
                    FileReading.reason(e)));
        }
        if (files.isEmpty()) {
            return failed(folder, LoadResult.Status.INVALID, Msg.of("archive.empty"));
        }
        if (files.size() > Limits.MAX_ARCHIVE_FILES) {
            return failed(folder, LoadResult.Status.INVALID, Msg.of("archive.tooMany", files.size(),
                    Limits.MAX_ARCHIVE_FILES));
        }
        long[] sizes = new long[files.size()];
        long total = 0;
        for (int i = 0; i < sizes.length; i++) {
            try {
                sizes[i] = Files.size(files.get(i));
            } catch (IOException e) {
                sizes[i] = 0; // reported when the file is read
            }
            total += sizes[i];
        }
        if (total > Limits.MAX_ARCHIVE_BYTES) {
            return failed(folder, LoadResult.Status.INVALID, Msg.of("archive.tooLarge",
                    (total + (1 << 20) - 1) >> 20, Limits.MAX_ARCHIVE_BYTES >> 20));
        }
        var each = new ArchiveProgress(progress, sizes);
        var parts = new ArrayList<ArchivePart>(files.size());
        for (Path f : files) {
            parts.add(kept.get(String.valueOf(f.getFileName())));
        }
        read(files, parts, Map.of(), each);
        Map<String, SourceTable.Entry> sources = sources(parts);
        var again = new ArrayList<ArchivePart>(parts);
        for (int i = 0; i < again.size(); i++) {
            if (again.get(i).quotesStale(sources)) {
                again.set(i, null);
            }
        }
        if (again.contains(null) && !cancelled(parts)) {
            read(files, again, sources, each);
            parts = again;
        }
        if (cancelled(parts) || progress.cancelled()) {
            return new Archive(folder, files, DatasetLoader.cancelled(name), parts);
        }
        return new Archive(folder, files, merge(name, parts, progress), parts);
    }

    /** Reads the files whose part is null, in parallel. */
    private void read(List<Path> files, List<ArchivePart> parts, Map<String, SourceTable.Entry> sources,
                      ArchiveProgress progress) {
        var todo = new ArrayList<Integer>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == null) {
                todo.add(i);
            }
        }
        if (todo.size() <= 1 || THREADS == 1) {
            for (int i : todo) {
                parts.set(i, readOne(files.get(i), sources, progress.file(i)));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, todo.size()), r -> {
            var t = new Thread(r, "archive-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new LinkedHashMap<Integer, Future<ArchivePart>>();
            for (int i : todo) {
                futures.put(i, pool.submit(() -> readOne(files.get(i), sources, progress.file(i))));
            }
            for (var f : futures.entrySet()) {
                parts.set(f.getKey(), result(f.getValue(), files.get(f.getKey())));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ArchivePart readOne(Path file, Map<String, SourceTable.Entry> sources, LoadProgress progress) {
        String name = String.valueOf(file.getFileName());
        if (progress.cancelled()) {
            return new ArchivePart(file, DatasetLoader.cancelled(name), null);
        }
        return reader.read(file, name, sources, progress);
    }

    private static ArchivePart result(Future<ArchivePart> future, Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ArchivePart(file, DatasetLoader.cancelled(name), null);
        } catch (ExecutionException e) { // the loader turns bad input into problems: this is a bug, kept to the file
            return new ArchivePart(file, new LoadResult(name, null, List.of(new Problem(Problem.Severity.ERROR, name,
                    0, 0, "", Msg.of("problem.internal")))), null);
        }
    }

    /** The sources every file defines, the first file in name order winning (a conflict is reported later). */
    private static Map<String, SourceTable.Entry> sources(List<ArchivePart> parts) {
        var out = new HashMap<String, SourceTable.Entry>();
        for (ArchivePart p : parts) {
            if (p.ok()) {
                for (SourceTable.Entry e : p.open().sources().own()) {
                    out.putIfAbsent(e.id(), e);
                }
            }
        }
        return Map.copyOf(out);
    }

    private static boolean cancelled(List<ArchivePart> parts) {
        return parts.stream().anyMatch(p -> p.result().cancelled());
    }

    private LoadResult merge(String name, List<ArchivePart> parts, LoadProgress progress) {
        var problems = new ArrayList<Problem>();
        boolean ok = true;
        for (ArchivePart p : parts) {
            problems.addAll(p.result().problems());
            ok &= p.ok();
        }
        if (!ok) { // the checks over all files wait until each is valid: a record of a bad file would be missing
            return new LoadResult(name, null, problems);
        }
        try {
            ArchiveMerge.Merged merged = new ArchiveMerge(parts, loader.countries(), Checkpoint.of(progress)).merge();
            problems.addAll(merged.problems());
            return new LoadResult(name, merged.dataset(), problems);
        } catch (LoadCancelled e) {
            return DatasetLoader.cancelled(name);
        }
    }

    /** An archive none of whose files was read (so none is listed: a refresh reads the folder anew). */
    private static Archive failed(Path folder, LoadResult.Status status, Msg why) {
        String name = String.valueOf(folder.getFileName());
        var problem = new Problem(Problem.Severity.ERROR, name, 0, 0, "", why);
        return new Archive(folder, List.of(), new LoadResult(name, null, List.of(problem), status, 0), List.of());
    }
}
