package app.delegations.data.save;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link SafeSave#save} did: the files it wrote, with their new stamps (to be expected by the next save),
 * or, when it refused, the files changed on disk since they were read. A refusal found before writing (the usual
 * case) writes nothing; one found at the last look before a file is replaced stops there and lists in
 * {@link #saved()} the files already written.
 *
 * @param saved the new stamp of every file written, by its path as given
 * @param changes the files changed on disk since they were read; empty when the save was done
 */
public record SaveResult(Map<Path, FileStamp> saved, List<DiskChange> changes) {
    public SaveResult {
        saved = Map.copyOf(saved);
        changes = List.copyOf(changes);
    }

    /** Whether the save was refused because a file changed on disk. */
    public boolean refused() {
        return !changes.isEmpty();
    }
}
