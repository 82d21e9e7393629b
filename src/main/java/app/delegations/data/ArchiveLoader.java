package app.delegations.data;

import app.delegations.text.Msg;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.concurrent.Callable;
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
 * quotes of sources another file defines are then found, file by file in parallel too ({@link ForeignQuotes}),
 * and the records merged in one linear pass. A merge that finds no problem keeps what it learnt ({@link MergeMemo})
 * in the archive, so that {@link #refresh} and {@link #withFiles} of a few files merge those files against it,
 * not every record again, wherever the memo can tell what the merge would give. Past 250 lines because the listing, the limits, the parallel read
 * and its cancelling are one sequence that reads best in one place; the merge and its problems live apart.
 */
public final class ArchiveLoader {
    /** Most files read at once: each holds its bytes and records while it is read. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Reads one file of an archive: {@link DatasetLoader#loadPart}, or a stand-in in tests. */
    @FunctionalInterface
    interface PartReader {
        ArchivePart read(Path file, String name, LoadProgress progress);
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
        return load(folder, Map.of(), null, progress);
    }

    /**
     * The archive with the given files (changed, added or removed on disk; paths in the folder, known by their
     * names) read again; the others are kept as read before, and all are merged anew. The folder is listed
     * again: a file not in {@code changed} that appeared is read too.
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
        return load(archive.folder(), kept, archive.memo(), progress);
    }

    /**
     * The archive with some files given as bytes held in memory (written but not saved: changed or new files)
     * and some left out ({@code removed}: files that are not on disk, dropped again), the others kept as read
     * before, and all merged anew: what a file would give once saved, without writing it. Source texts not yet
     * on disk are given in {@code texts}, by the name a data file gives them ({@code sources/kyiv-note.txt});
     * other texts are read from the folder. Reads no data file from disk.
     */
    public Archive withFiles(Archive archive, Map<String, byte[]> files, Set<String> removed,
                             Map<String, String> texts, LoadProgress progress) {
        var byName = new TreeMap<String, ArchivePart>();
        List<ArchivePart> parts = archive.archiveParts();
        for (int i = 0; i < parts.size(); i++) {
            byName.put(String.valueOf(archive.files().get(i).getFileName()), parts.get(i));
        }
        byName.keySet().removeAll(removed);
        byName.keySet().removeAll(files.keySet());
        Path folder = archive.folder();
        SourceFiles sources = new HeldSources(texts, SourceFiles.folder(folder));
        var tasks = new ArrayList<Callable<ArchivePart>>();
        var names = new ArrayList<String>();
        files.forEach((name, bytes) -> {
            names.add(name);
            tasks.add(() -> DatasetLoader.parsePart(folder.resolve(name), name, bytes, sources, progress));
        });
        String name = String.valueOf(folder.getFileName());
        List<ArchivePart> read;
        try {
            read = inParallel(tasks, (i, e) -> failedPart(folder.resolve(names.get(i))));
        } catch (LoadCancelled e) {
            return new Archive(folder, List.of(), DatasetLoader.cancelled(name), List.of());
        }
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), read.get(i));
        }
        var paths = new ArrayList<Path>(byName.size());
        byName.keySet().forEach(n -> paths.add(folder.resolve(n)));
        var all = new ArrayList<>(byName.values());
        if (all.isEmpty()) {
            return failed(folder, LoadResult.Status.INVALID, Msg.of("archive.empty"));
        }
        if (cancelled(all) || progress.cancelled()) {
            return new Archive(folder, paths, DatasetLoader.cancelled(name), all);
        }
        return merged(folder, paths, all, archive.memo(), progress);
    }

    /**
     * The {@code *.json} files directly in {@code folder}, in name order. So a save's temporary files
     * ({@code visits.json.tmp-…}) and the {@code .backups/} and {@code .recovery/} folders are never data.
     */
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

    private Archive load(Path folder, Map<String, ArchivePart> kept, MergeMemo memo, LoadProgress progress) {
        String name = String.valueOf(folder.getFileName());
        List<Path> files;
        try {
            files = dataFiles(folder);
        } catch (IOException e) {
            return failed(folder, LoadResult.Status.UNREADABLE, Msg.of("archive.unreadable",
                    IoReason.of(e)));
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
        var tasks = new ArrayList<Callable<ArchivePart>>();
        var toRead = new ArrayList<Path>();
        for (int i = 0; i < files.size(); i++) {
            if (parts.get(i) == null) {
                int file = i;
                toRead.add(files.get(i));
                tasks.add(() -> readOne(files.get(file), each.file(file)));
            }
        }
        List<ArchivePart> read;
        try {
            read = inParallel(tasks, (i, e) -> failedPart(toRead.get(i)));
        } catch (LoadCancelled e) {
            return new Archive(folder, List.of(), DatasetLoader.cancelled(name), List.of());
        }
        for (int i = 0, k = 0; i < parts.size(); i++) {
            if (parts.get(i) == null) {
                parts.set(i, read.get(k++));
            }
        }
        if (cancelled(parts) || progress.cancelled()) {
            return new Archive(folder, files, DatasetLoader.cancelled(name), parts);
        }
        return merged(folder, files, parts, memo, progress);
    }

    /**
     * The results of {@code tasks}, in order, run by at most {@link #THREADS} threads of a pool made for this call;
     * a task that throws gives {@code failed}'s value for its index. Throws {@link LoadCancelled} when a task does,
     * or when the calling thread is interrupted.
     */
    private static <T> List<T> inParallel(List<Callable<T>> tasks, BiFunction<Integer, Throwable, T> failed) {
        var out = new ArrayList<T>(tasks.size());
        if (tasks.size() <= 1 || THREADS == 1) {
            for (int i = 0; i < tasks.size(); i++) {
                try {
                    out.add(tasks.get(i).call());
                } catch (LoadCancelled e) {
                    throw e;
                } catch (Exception e) {
                    out.add(failed.apply(i, e));
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, tasks.size()), r -> {
            var t = new Thread(r, "archive-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<T>>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LoadCancelled();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof LoadCancelled c) {
                        throw c;
                    }
                    out.add(failed.apply(i, e.getCause()));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private ArchivePart readOne(Path file, LoadProgress progress) {
        String name = String.valueOf(file.getFileName());
        if (progress.cancelled()) {
            return new ArchivePart(file, DatasetLoader.cancelled(name), null);
        }
        return reader.read(file, name, progress);
    }

    /** A file whose reading failed unexpectedly: the loader turns bad input into problems, so this is a bug. */
    private static ArchivePart failedPart(Path file) {
        String name = String.valueOf(file.getFileName());
        return new ArchivePart(file, new LoadResult(name, null, List.of(new Problem(Problem.Severity.ERROR, name,
                0, 0, "", Msg.of("problem.internal")))), null);
    }

    private static boolean cancelled(List<ArchivePart> parts) {
        return parts.stream().anyMatch(p -> p.result().cancelled());
    }

    /**
     * The archive of {@code parts} merged: from {@code memo} (the last merge of the same files, or null) when it
     * can tell what the merge gives ({@link MergeMemo#update}), else in full.
     */
    private Archive merged(Path folder, List<Path> files, List<ArchivePart> parts, MergeMemo memo,
                           LoadProgress progress) {
        String name = String.valueOf(folder.getFileName());
        var problems = new ArrayList<Problem>();
        boolean ok = true;
        for (ArchivePart p : parts) {
            problems.addAll(p.result().problems());
            ok &= p.ok();
        }
        if (!ok) { // the checks over all files wait until each is valid: a record of a bad file would be missing
            return new Archive(folder, files, new LoadResult(name, null, problems), parts);
        }
        try {
            Checkpoint checkpoint = Checkpoint.of(progress);
            MergeMemo.Update update = memo == null ? null : memo.update(parts, loader.countries(), checkpoint);
            if (update != null) {
                return new Archive(folder, files, new LoadResult(name, update.dataset(), problems), parts,
                        update.memo());
            }
            Map<String, SourceTable.Entry> sources = ForeignQuotes.sources(parts);
            var tasks = new ArrayList<Callable<ForeignQuotes.Resolved>>();
            for (ArchivePart p : parts) {
                tasks.add(() -> ForeignQuotes.resolve(p, sources, checkpoint));
            }
            List<ForeignQuotes.Resolved> resolved = inParallel(tasks, (i, e) -> new ForeignQuotes.Resolved(
                    parts.get(i).result().datasetOrNull(), List.of(new ForeignQuotes.NotFound(-1, "",
                    Msg.of("problem.internal"))))); // a bug: kept to the file it happened in
            ArchiveMerge.Merged merged = new ArchiveMerge(parts, resolved, loader.countries(), checkpoint).merge();
            problems.addAll(merged.problems());
            return new Archive(folder, files, new LoadResult(name, merged.dataset(), problems), parts, merged.memo());
        } catch (LoadCancelled e) {
            return new Archive(folder, files, DatasetLoader.cancelled(name), parts);
        }
    }

    /** An archive none of whose files was read (so none is listed: a refresh reads the folder anew). */
    private static Archive failed(Path folder, LoadResult.Status status, Msg why) {
        String name = String.valueOf(folder.getFileName());
        var problem = new Problem(Problem.Severity.ERROR, name, 0, 0, "", why);
        return new Archive(folder, List.of(), new LoadResult(name, null, List.of(problem), status, 0), List.of());
    }
}
