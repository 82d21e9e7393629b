package app.delegations.data;

import app.delegations.text.Msg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problems an archive finds over all its files, each in one file at a byte offset, put into lines and
 * columns (and named records) at the end. A file's bytes are not kept after it is read: the files that have
 * such problems are read again here, once each (a file changed on disk since could be located wrongly; the
 * next refresh reads it anew). A problem may name a second place ({@link Other}), located the same way.
 */
final class ArchiveProblems {
    /** A place in another file (or the same) that a message names as {@code FILE:LINE:COLUMN}. */
    record Other(int part, long at) {
    }

    /** Makes the message once the other place is located ("congress-2016.json:88:7"). */
    @FunctionalInterface
    interface Worded {
        Msg with(String otherPlace);
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
        add(part, new Entry(false, at, path, null, null, p -> message));
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
                Msg m = e.message() != null ? e.message()
                        : e.worded().with(e.other() == null ? "" : where(e.other()));
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
