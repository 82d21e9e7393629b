package app.delegations.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one file of an archive gave: its result as a file of its own (records, or its problems), and, when it was
 * read through (valid or not), what the archive checks over all its files. Immutable once made; the parts of an
 * archive are kept so that a refresh reads only the files that changed.
 *
 * @param file   the file read (null for data held in memory)
 * @param result the file's records, or its problems, named by the file's name
 * @param open   what is left to the archive, or null when the file was not read as a part or not read through
 */
record ArchivePart(Path file, LoadResult result, Open open) {

    /**
     * @param ids           the ids the file defines, with where (byte offsets): where a merge problem points
     * @param unresolved    the references to ids the file does not define
     * @param events        the file's events with where their dates stand, in the order of the dataset's events
     * @param sources       the sources the file defines and those it cites
     * @param foreignQuotes true when a quote cites a source the file does not define: checked only against the
     *                      archive's sources the file was read with
     */
    record Open(Ids ids, List<Ids.Ref> unresolved, List<EventParser.Located> events, SourceTable sources,
                boolean foreignQuotes) {
        Open {
            unresolved = List.copyOf(unresolved);
            events = List.copyOf(events);
        }
    }

    boolean ok() {
        return result.ok() && open != null;
    }

    /**
     * True when this file quotes sources of other files and was read with other definitions of them than
     * {@code archiveSources} has (none, or another file's): its quotes must be checked again.
     */
    boolean quotesStale(Map<String, SourceTable.Entry> archiveSources) {
        if (open == null || !open.foreignQuotes()) {
            return false;
        }
        for (String id : open.sources().cited()) {
            if (!open.sources().owns(id) && archiveSources.get(id) != open.sources().archiveEntry(id)) {
                return true;
            }
        }
        return false;
    }
}
