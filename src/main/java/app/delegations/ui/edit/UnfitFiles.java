package app.delegations.ui.edit;

import app.delegations.data.Archive;
import app.delegations.data.LoadResult;
import app.delegations.data.edit.ArchiveDraft;
import app.delegations.data.save.DiskChange;
import app.delegations.data.save.FileStamp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a save tells instead of writing unsaved changes that no longer fit the archive as read again (written, the
 * archive would not load): the files that read otherwise than those the changes were made on, and the files with
 * unsaved changes that are no longer on disk as they were read.
 */
final class UnfitFiles {
    private UnfitFiles() {
    }

    /**
     * @param expected the stamp each file to be written had when the changes were made on it
     * @return what happened to each such file, by file, in name order
     */
    static Map<Path, DiskChange.Kind> of(ArchiveDraft draft, Archive read, Map<Path, FileStamp> expected) {
        var out = new TreeMap<Path, DiskChange.Kind>();
        Map<String, LoadResult> before = byName(draft.archive());
        Map<String, LoadResult> now = byName(read);
        var names = new TreeSet<>(before.keySet());
        names.addAll(now.keySet());
        names.removeAll(draft.changedFiles());
        for (String name : names) {
            LoadResult was = before.get(name);
            LoadResult is = now.get(name);
            if (was != is && (was == null || is == null || !Objects.equals(was.datasetOrNull(), is.datasetOrNull()))) {
                out.put(draft.folder().resolve(name), was == null ? DiskChange.Kind.CREATED
                        : is == null ? DiskChange.Kind.DELETED : DiskChange.Kind.MODIFIED);
            }
        }
        expected.forEach((file, stamp) -> {
            FileStamp found = FileStamps.read(file);
            if (found == null || !stamp.sameContent(found)) {
                out.put(file, found == null || !found.exists() ? DiskChange.Kind.DELETED : DiskChange.Kind.MODIFIED);
            }
        });
        return out;
    }

    private static Map<String, LoadResult> byName(Archive archive) {
        var out = new HashMap<String, LoadResult>();
        for (int i = 0; i < archive.files().size(); i++) {
            out.put(String.valueOf(archive.files().get(i).getFileName()), archive.parts().get(i));
        }
        return out;
    }
}
