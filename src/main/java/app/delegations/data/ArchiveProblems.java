package app.delegations.data;

import app.delegations.text.Msg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The problems an archive finds over all its files, each in one file at a byte offset, put into lines and
 * columns (and named records) at the end. A file's bytes are not kept after it is read: the files that have
 * such problems are read again here, once each (a file changed on disk since could be located wrongly; the
 * next refresh reads it anew). A problem may name a second place ({@link Other}), located the same way.
 */
final class ArchiveProblems {
    /**
     * A record in another file (or the same) that a message names as {@code FILE:LINE:COLUMN} and as the rest of
     * the app names a record ("place 9495 (Kamesław)"), not by its path.
     *
     * @param record its place in its file: {@code places[9494]}
     */
    record Other(int part, long at, String record) {
    }

    /** Makes the message once the other record is located ("congress-2016.json:88:7") and named. */
    @FunctionalInterface
    interface Worded {
        Msg with(String otherPlace, Msg otherRecord);
    }

    private record Entry(boolean error, long at, String path, Msg message, Other other, Worded worded) {
    }

    private final List<ArchivePart> parts;
    private final Map<Integer, List<Entry>> byPart = new TreeMap<>(); // file order
    private final Map<Integer, byte[]> texts = new HashMap<>();
    private int errors;

    ArchiveProblems(List<ArchivePart> parts) {
        this.parts = parts;
    }

    void error(int part, long at, String path, Msg message) {
        add(part, new Entry(true, at, path, message, null, null));
    }

    void warning(int part, long at, String path, Msg message) {
        add(part, new Entry(false, at, path, null, null, (p, r) -> message));
    }

    /** An error whose message names {@code other}. */
    void error(int part, long at, String path, Other other, Worded message) {
        add(part, new Entry(true, at, path, null, other, message));
    }

    int errorCount() {
        return errors;
    }

    private void add(int part, Entry e) {
        errors += e.error() ? 1 : 0;
        byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(e);
    }

    /** Every problem, located, the files in name order and each file's in text order. */
    List<Problem> list() {
        var out = new ArrayList<Problem>();
        for (var entry : byPart.entrySet()) {
            ArchivePart part = parts.get(entry.getKey());
            byte[] bytes = text(entry.getKey());
            String name = part.result().file();
            var problems = bytes == null ? new Problems(name) : new Problems(name, bytes, bytes.length, bom(bytes));
            for (Entry e : entry.getValue()) {
                Msg m = e.message() != null ? e.message() : e.other() == null ? e.worded().with("", null)
                        : e.worded().with(where(e.other()), named(e.other()));
                if (e.error()) {
                    problems.error(e.at(), e.path(), m);
                } else {
                    problems.warning(e.at(), e.path(), m);
                }
            }
            out.addAll(problems.list());
        }
        texts.clear();
        return out;
    }

    /** "congress-2016.json:88:7". */
    private String where(Other o) {
        String name = parts.get(o.part()).result().file();
        byte[] bytes = text(o.part());
        if (bytes == null || o.at() < 0) {
            return name;
        }
        var positions = new TextPositions(bytes, bytes.length, bom(bytes));
        int line = positions.line(o.at());
        return name + ":" + line + ":" + positions.column(o.at(), line);
    }

    /** "place 9495 (Kamesław)", named as the other file gives it. */
    private Msg named(Other o) {
        byte[] bytes = text(o.part());
        RecordName name = bytes == null ? null
                : RecordNames.find(bytes, bytes.length, Set.of(o.record())).get(o.record());
        return (name == null ? RecordName.unnamed(o.record()) : name).words();
    }

    private byte[] text(int part) {
        return texts.computeIfAbsent(part, k -> {
            var file = parts.get(k).file();
            return file == null ? null : FileReading.read(file, LoadProgress.NONE).bytes();
        });
    }

    private static int bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }
}
