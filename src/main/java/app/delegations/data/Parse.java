package app.delegations.data;

import com.fasterxml.jackson.core.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The state of reading one file: the parser, the problems, the ids and the sources seen so far. */
final class Parse {
    final JsonCursor in;
    final Problems problems;
    final Ids ids;
    final SourceTable sources;
    final SourceFiles files;
    /** Set when a quote came before the sources list, so it could not be checked: the file is read again. */
    boolean quotesDeferred;

    Parse(JsonParser parser, Problems problems, SourceFiles files, SourceTable knownSources) {
        this.in = new JsonCursor(parser, problems);
        this.problems = problems;
        this.ids = new Ids(problems);
        this.files = files;
        this.sources = knownSources != null ? knownSources : new SourceTable();
    }

    /** The values of an enumeration as the format writes them, in declaration order. */
    static <E extends Enum<E>> Map<String, E> values(E[] all, Function<E, String> json) {
        var map = new LinkedHashMap<String, E>();
        for (E e : all) {
            map.put(json.apply(e), e);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
