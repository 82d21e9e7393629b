package app.delegations.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An archive folder as loaded: every data file in it read as one set of records ({@link #result()}), with what
 * is needed to read again only the files that changed ({@link ArchiveLoader#refresh}). Immutable.
 *
 * @param folder the folder as given
 * @param files  the data files read, in name order
 * @param result the merged records, or the problems of every file (each named by its file name in the folder)
 * @param parts  what each file gave, in the order of {@code files}; kept so that a refresh re-reads only changed
 *               files
 */
public record Archive(Path folder, List<Path> files, LoadResult result, List<LoadResult> parts) {
    public Archive {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(result, "result");
        files = List.copyOf(files);
        parts = List.copyOf(parts);
    }
}
