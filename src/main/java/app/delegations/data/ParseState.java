package app.delegations.data;

import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of reading one file: the parser (through the cursor and the id reader), the problems, the ids and
 * the sources seen so far. One per pass over the file; the parsers of each kind of record share it.
 */
final class ParseState {
    final JsonCursor in;
    final IdReader idReader;
    final Problems problems;
    final Ids ids;
    final SourceTable sources;
    final SourceFiles files;
    /** Called by the long steps (folding a source, searching a quote, checking references): may stop the load. */
    final Checkpoint checkpoint;
    /** Set when a quote came before the sources list, so it could not be checked: the file is read again. */
    boolean quotesDeferred;
    /** Of a file of an archive: the quotes of sources the file does not define, for the archive to check. */
    final List<ArchivePart.Quote> foreignQuotes = new ArrayList<>();
    final ReadOptions options;

    ParseState(JsonParser parser, Problems problems, SourceFiles files, SourceTable knownSources,
               LoadProgress progress, ReadOptions options) {
        this.options = options;
        this.checkpoint = Checkpoint.of(progress);
        this.in = new JsonCursor(parser, problems);
        this.problems = problems;
        this.ids = new Ids(problems);
        this.idReader = new IdReader(in, ids);
        this.files = files;
        this.sources = knownSources != null ? knownSources : new SourceTable();
    }
}
