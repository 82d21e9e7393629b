package app.delegations.data.save;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Saves files of an archive folder so that nothing saved before is ever lost (issue 15, "Saving: nothing lost,
 * ever"): only the files given are written; none is written when one of them changed on disk since it was read
 * (a colleague's save on a shared drive), and the save says which; each file is replaced atomically
 * ({@link Replacement}: after a crash or a power cut it holds either its old bytes or its new ones), and its
 * previous version is kept under the archive's {@code .backups/} ({@link Backups}, the last 10 of each file).
 *
 * <p>The files are written one after the other: a crash between two files leaves some old and some new, each
 * whole. Just before a file is replaced, once its backup is taken, it is looked at once more (size and time): a
 * change in the moments of the save stops it there, and {@link SaveResult} lists the files already written. A
 * change written into the file in the instant between that look and the rename is not lost either: the backup
 * is a second name of the same bytes. Not thread-safe: one save of an archive at a time; the temporary files of
 * the files saved that it finds are taken for a crash's leftovers and deleted. A data file that is a symbolic link
 * stays one: the file it leads to is replaced (its temporary file beside it), as {@code delegations format} does.
 */
public final class SafeSave {
    private final Backups backups;
    private final Replacement replacement;

    /** Saves files of the archive in {@code archiveFolder}. */
    public SafeSave(Path archiveFolder) {
        this(archiveFolder, Clock.systemUTC(), Files::move);
    }

    SafeSave(Path archiveFolder, Clock clock, Replacement.Mover mover) {
        this.backups = new Backups(archiveFolder, clock, Backups.KEEP);
        this.replacement = new Replacement(mover);
    }

    /** The backups this saves keep. */
    public Backups backups() {
        return backups;
    }

    /**
     * Writes each file of {@code changedFiles} (files of the archive, e.g. {@code folder/visits.json} or
     * {@code folder/sources/note.txt}; a new file too) with its bytes, unless one of them is not as {@code
     * expected} says it was when it was read (a file missing from {@code expected} was not there). Files not
     * given are neither written nor looked at.
     *
     * @return the new stamps of the files written, or the files changed on disk (then nothing was written)
     * @throws SaveFailed when a file could not be read or written; it and the files after it are as they were
     * @throws IllegalArgumentException when a file is not in the archive's folder
     */
    public SaveResult save(Map<Path, byte[]> changedFiles, Map<Path, FileStamp> expected) throws SaveFailed {
        var byPath = new TreeMap<Path, Path>(); // in the archive's order of names, to the path as given
        for (Path given : changedFiles.keySet()) {
            backups.folderOf(given); // throws when outside the archive
            byPath.put(given.toAbsolutePath().normalize(), given);
        }
        var before = new HashMap<Path, FileStamp>(); // the paths of both maps may be written differently
        expected.forEach((path, stamp) -> before.put(path.toAbsolutePath().normalize(), stamp));
        var changes = new ArrayList<DiskChange>();
        var seen = new LinkedHashMap<Path, BasicFileAttributes>();
        for (var e : byPath.entrySet()) {
            Path file = e.getKey();
            try {
                seen.put(file, attributes(file));
                DiskChange change = DiskChange.between(e.getValue(), before.getOrDefault(file, FileStamp.ABSENT),
                        FileStamp.read(file));
                if (change != null) {
                    changes.add(change);
                }
            } catch (IOException x) {
                throw new SaveFailed(e.getValue(), Map.of(), x);
            }
        }
        if (!changes.isEmpty()) {
            return new SaveResult(Map.of(), changes);
        }
        var saved = new LinkedHashMap<Path, FileStamp>();
        for (var e : byPath.entrySet()) {
            Path given = e.getValue();
            FileStamp opened = before.getOrDefault(e.getKey(), FileStamp.ABSENT);
            try {
                FileStamp stamp = saveOne(e.getKey(), changedFiles.get(given), seen.get(e.getKey()), opened);
                if (stamp == null) { // changed in the moments of this save
                    FileStamp found = FileStamp.read(e.getKey());
                    DiskChange change = DiskChange.between(given, opened, found);
                    return new SaveResult(saved, List.of(change != null ? change
                            : new DiskChange(given, DiskChange.Kind.MODIFIED, opened, found)));
                }
                saved.put(given, stamp);
            } catch (IOException x) {
                throw new SaveFailed(given, saved, x);
            }
        }
        return new SaveResult(saved, List.of());
    }

    /**
     * Replaces one file; null when it changed since {@code seen} and no longer holds the content of {@code
     * before} (then it is not written).
     */
    private FileStamp saveOne(Path file, byte[] bytes, BasicFileAttributes seen, FileStamp before)
            throws IOException {
        Files.createDirectories(file.getParent());
        Path target = Backups.linkedTo(file); // a linked data file stays a link: the file it leads to is saved
        Replacement.deleteLeftovers(target);
        Path temp = Replacement.writeTemporary(target, bytes);
        Path backup = null;
        boolean moved = false;
        try {
            backup = backups.keep(file, true);
            if (!unchanged(file, seen) && !FileStamp.read(file).sameContent(before)) {
                return null;
            }
            replacement.moveOver(temp, target, backup, backups);
            moved = true;
        } finally {
            Files.deleteIfExists(temp);
            if (!moved && backup != null && sameFile(backup, file)) {
                Files.delete(backup); // a second name of the file, still this version: no backup at all
            }
        }
        try {
            backups.prune(file);
        } catch (IOException e) {
            // an old backup too many: the next save prunes again
        }
        return new FileStamp(bytes.length, Files.getLastModifiedTime(file).toMillis(),
                FileStamp.hash(bytes, 0, bytes.length));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // kept: a backup too many is harmless
        }
    }

    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Whether the file is as it was seen before the save: still absent, or of the same size and time. */
    private static boolean unchanged(Path file, BasicFileAttributes seen) throws IOException {
        BasicFileAttributes now = attributes(file);
        if (seen == null || now == null) {
            return seen == now;
        }
        return now.size() == seen.size() && now.lastModifiedTime().equals(seen.lastModifiedTime())
                && Objects.equals(now.fileKey(), seen.fileKey());
    }
}
