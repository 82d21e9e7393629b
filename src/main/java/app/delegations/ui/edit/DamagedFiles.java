package app.delegations.ui.edit;

import app.delegations.data.Archive;
import app.delegations.data.ArchiveLoader;
import app.delegations.data.LoadProgress;
import app.delegations.data.Problem;
import app.delegations.data.edit.ArchiveDraft;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether the archive, read again with the files a save found changed on disk as they are now, would load: when it
 * would not, Reload and re-apply is bound to fail, and the save question says so instead of offering it (officer7
 * MINOR-N: a colleague's file left with a syntax error). Reads only those files again (the others as read before).
 *
 * @param loads  the archive as now on disk loads
 * @param errors the first error the archive read again gives in each of the changed files that has one, by file
 *               (none when it loads)
 */
record DamagedFiles(boolean loads, Map<Path, Problem> errors) {
    DamagedFiles {
        errors = Map.copyOf(errors);
    }

    /** Nothing is damaged: the archive loads (or the files are not the archive's, so it is not read again here). */
    static final DamagedFiles NONE = new DamagedFiles(true, Map.of());

    /**
     * @param changed files of the draft's folder that changed on disk since they were read (changed, created or
     *                deleted); others, such as source texts under {@code sources/}, are not read here
     */
    static DamagedFiles of(ArchiveDraft draft, ArchiveLoader loader, Set<Path> changed) {
        var data = new HashSet<Path>();
        for (Path p : changed) {
            if (draft.folder().equals(p.getParent()) && String.valueOf(p.getFileName()).endsWith(".json")) {
                data.add(p);
            }
        }
        if (data.isEmpty()) {
            return NONE;
        }
        Archive now = loader.refresh(draft.archive(), data, LoadProgress.NONE);
        if (now.result().ok()) {
            return NONE;
        }
        var errors = new LinkedHashMap<Path, Problem>();
        for (int i = 0; i < now.files().size(); i++) {
            Path file = now.files().get(i);
            if (data.stream().anyMatch(p -> p.getFileName().equals(file.getFileName()))) {
                String name = String.valueOf(file.getFileName());
                // the file's own errors (syntax, format), else an error the merge with the other files points into it
                now.parts().get(i).errors().stream().findFirst()
                        .or(() -> now.result().errors().stream().filter(e -> name.equals(e.file())).findFirst())
                        .ifPresent(e -> errors.put(draft.folder().resolve(name), e));
            }
        }
        return new DamagedFiles(false, errors);
    }
}
