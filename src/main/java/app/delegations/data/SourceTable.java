package app.delegations.data;

import app.delegations.model.Source;
import app.delegations.text.Msg;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sources of a file once their texts are read, with a quote index each; and which of them citations use.
 * Until the file's "sources" list has been read it is not {@link #ready()}. In an archive, a citation may cite a
 * source another file defines: those are looked up in the archive's sources ({@link #withArchive}) when the file
 * has no source of that id.
 */
final class SourceTable {
    /** A source as read; {@code source} and {@code index} are null when its text could not be read. */
    record Entry(String id, Source source, QuoteIndex index, long at, JsonPath path) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Set<String> cited = new HashSet<>();
    private final Map<String, Entry> archive;
    private boolean ready;

    SourceTable() {
        this(Map.of());
    }

    private SourceTable(Map<String, Entry> archive) {
        this.archive = archive;
    }

    /** A table for one file of an archive whose sources (read-only, shared) are {@code archive}. */
    static SourceTable withArchive(Map<String, Entry> archive) {
        return new SourceTable(archive);
    }

    boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    void add(Entry e) {
        byId.putIfAbsent(e.id(), e);
    }

    /** The source of that id in this file, else in the archive, or null. */
    Entry get(String id) {
        Entry e = byId.get(id);
        return e != null ? e : archive.get(id);
    }

    /** True when this file defines a source of that id. */
    boolean owns(String id) {
        return byId.containsKey(id);
    }

    /** The archive's source of that id this file was read with (null: none, or read alone). */
    Entry archiveEntry(String id) {
        return archive.get(id);
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
