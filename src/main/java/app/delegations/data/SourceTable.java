package app.delegations.data;

import app.delegations.model.Source;
import app.delegations.text.Msg;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sources of a file once their texts are read, with a quote index each; and which of them citations use.
 * Until the file's "sources" list has been read it is not {@link #ready()}.
 */
final class SourceTable {
    /** A source as read; {@code source} and {@code index} are null when its text could not be read. */
    record Entry(String id, Source source, QuoteIndex index, long at, JsonPath path) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Set<String> cited = new HashSet<>();
    private boolean ready;

    boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    void add(Entry e) {
        byId.putIfAbsent(e.id(), e);
    }

    Entry get(String id) {
        return byId.get(id);
    }

    /** The sources this file defines. */
    Iterable<Entry> own() {
        return byId.values();
    }

    /** The ids of the sources this file cites. */
    Set<String> cited() {
        return cited;
    }

    void cite(String id) {
        cited.add(id);
    }

    /** Warns about each source no citation uses. */
    void warnUncited(Problems problems) {
        for (Entry e : byId.values()) {
            if (!cited.contains(e.id())) {
                problems.warning(e.at(), e.path(), Msg.of("problem.source.uncited", "\"" + e.id() + "\""));
            }
        }
    }
}
