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
    /** Called by the long steps (folding a source, searching a quote, checking references): may stop the load. */
    final Checkpoint checkpoint;
    /** Set when a quote came before the sources list, so it could not be checked: the file is read again. */
    boolean quotesDeferred;

    Parse(JsonParser parser, Problems problems, SourceFiles files, SourceTable knownSources, LoadProgress progress) {
        this.checkpoint = Checkpoint.of(progress);
        this.in = new JsonCursor(parser, problems);
        this.problems = problems;
        this.ids = new Ids(problems);
        this.files = files;
        this.sources = knownSources != null ? knownSources : new SourceTable();
    }

    /** The values of an enumeration as the format writes them, in declaration order. */
    static <E extends Enum<E>> Choices<E> values(E[] all, Function<E, String> json) {
        var map = new LinkedHashMap<String, E>();
        for (E e : all) {
            map.put(json.apply(e), e);
        }
        return new Choices<>(java.util.Collections.unmodifiableMap(map));
    }

    /** The words of an enumeration, matched against the parser's characters without making a String. */
    static final class Choices<E> {
        private final Map<String, E> map;
        private final char[][] words;
        private final Object[] values;

        private Choices(Map<String, E> map) {
            this.map = map;
            this.words = new char[map.size()][];
            this.values = new Object[map.size()];
            int i = 0;
            for (Map.Entry<String, E> e : map.entrySet()) {
                words[i] = e.getKey().toCharArray();
                values[i++] = e.getValue();
            }
        }

        /** The values by their words, in declaration order. */
        Map<String, E> map() {
            return map;
        }

        /** The value written {@code chars[offset, offset + length)}, or null. */
        @SuppressWarnings("unchecked")
        E match(char[] chars, int offset, int length) {
            for (int i = 0; i < words.length; i++) {
                char[] w = words[i];
                if (w.length == length && java.util.Arrays.equals(w, 0, length, chars, offset, offset + length)) {
                    return (E) values[i];
                }
            }
            return null;
        }
    }
}
