package app.delegations.data.save;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unsaved edits found in an archive's recovery folder ({@link Recovery#find}): the files as they were being
 * edited, by their names in the archive ({@code visits.json}, {@code sources/note.txt}), and the stamps of the
 * files on disk the edits were made on.
 *
 * @param written when they were written
 * @param files the bytes of each file, by its name in the archive, in name order
 * @param bases the stamp of each file's version on disk the edits started from ({@link FileStamp#ABSENT}: a new
 *     file)
 */
public record Recovered(Instant written, Map<String, byte[]> files, Map<String, FileStamp> bases) {
    public Recovered {
        files = Map.copyOf(files);
        bases = Map.copyOf(bases);
    }

    /**
     * The files of the archive in {@code archiveFolder} no longer as they were when the edits started: a save of
     * the restored files with {@link #expected} would be refused for them. Reads each file.
     */
    public List<DiskChange> changedSince(Path archiveFolder) throws IOException {
        var out = new ArrayList<DiskChange>();
        for (var e : new TreeMap<>(bases).entrySet()) {
            Path file = archiveFolder.resolve(e.getKey());
            DiskChange change = DiskChange.between(file, e.getValue(), FileStamp.read(file));
            if (change != null) {
                out.add(change);
            }
        }
        return out;
    }

    /** The files to save, by their paths in {@code archiveFolder}, for {@link SafeSave#save}. */
    public Map<Path, byte[]> paths(Path archiveFolder) {
        var out = new HashMap<Path, byte[]>();
        files.forEach((name, bytes) -> out.put(archiveFolder.resolve(name), bytes));
        return out;
    }

    /** The stamps a save of {@link #paths} expects: those the edits started from. */
    public Map<Path, FileStamp> expected(Path archiveFolder) {
        var out = new HashMap<Path, FileStamp>();
        bases.forEach((name, stamp) -> out.put(archiveFolder.resolve(name), stamp));
        return out;
    }
}
