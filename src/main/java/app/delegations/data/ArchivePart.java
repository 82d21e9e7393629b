package app.delegations.data;

import java.nio.file.Path;
import app.delegations.model.Citation;
import java.util.List;

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
     * @param quotes     the citations that quote a source the file does not define, not yet found in it
     */
    record Open(Ids ids, List<Ids.Ref> unresolved, List<EventParser.Located> events, SourceTable sources,
                List<Quote> quotes) {
        Open {
            unresolved = List.copyOf(unresolved);
            events = List.copyOf(events);
            quotes = List.copyOf(quotes);
        }
    }

    /** A citation whose quote (at byte {@code at}, path {@code path}) is to be found in another file's source. */
    record Quote(Citation citation, long at, JsonPath path) {
    }

    boolean ok() {
        return result.ok() && open != null;
    }

}
