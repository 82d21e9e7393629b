package app.delegations.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An archive folder as loaded: every data file in it read as one set of records ({@link #result()}), with what
 * each file gave, so that {@link ArchiveLoader#refresh} reads again only the files that changed. Immutable.
 */
public final class Archive {
    private final Path folder;
    private final List<Path> files;
    private final LoadResult result;
    private final List<ArchivePart> parts;
    private final MergeMemo memo;

    Archive(Path folder, List<Path> files, LoadResult result, List<ArchivePart> parts) {
        this(folder, files, result, parts, null);
    }

    /** @param memo what the merge of {@code parts} keeps for the next one, or null */
    Archive(Path folder, List<Path> files, LoadResult result, List<ArchivePart> parts, MergeMemo memo) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.files = List.copyOf(files);
        this.result = Objects.requireNonNull(result, "result");
        this.parts = List.copyOf(parts);
        this.memo = memo;
    }

    /** The folder as given. */
    public Path folder() {
        return folder;
    }

    /** The data files read, in name order. */
    public List<Path> files() {
        return files;
    }

    /**
     * The merged records, or the problems: each file's own, then those found over all files; each problem names
     * its file by its name in the folder ({@code visit-2025-kyiv.json}).
     */
    public LoadResult result() {
        return result;
    }

    /** What each file gave on its own, in the order of {@link #files()}. */
    public List<LoadResult> parts() {
        return parts.stream().map(ArchivePart::result).toList();
    }

    List<ArchivePart> archiveParts() {
        return parts;
    }

    /** What the merge of these parts keeps for merging them again with a few changed, or null. */
    MergeMemo memo() {
        return memo;
    }

    @Override
    public String toString() {
        return "Archive[" + folder + ", " + files.size() + " files, " + result.status() + "]";
    }
}
