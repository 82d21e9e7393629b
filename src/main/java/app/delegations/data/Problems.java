package app.delegations.data;

import app.delegations.text.Msg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one file while it is read: keeps the first {@link Limits#MAX_PROBLEMS}, counts the
 * rest, and locates them (line, column) only at the end, in file order.
 */
final class Problems {
    private record Entry(Problem.Severity severity, long at, String path, Msg message) {
    }

    private final String file;
    private final byte[] bytes;
    private final int length;
    private final TextPositions positions;
    private final ArrayList<Entry> kept = new ArrayList<>();
    private int notShown;
    private int errors;

    /** Problems of a file whose text is {@code bytes[0, length)}, the text proper starting at {@code textStart}. */
    Problems(String file, byte[] bytes, int length, int textStart) {
        this.file = file;
        this.bytes = bytes;
        this.length = length;
        this.positions = bytes == null ? null : new TextPositions(bytes, length, textStart);
    }

    /** Problems of a file that has no text to point into (it could not be read). */
    Problems(String file) {
        this(file, null, 0, 0);
    }

    /** True when no more problems will be shown: callers may skip costly wording (suggestions). */
    boolean full() {
        return kept.size() >= Limits.MAX_PROBLEMS;
    }

    void error(long at, DocumentPlace path, Msg message) {
        add(Problem.Severity.ERROR, at, path == null ? "" : path.path().toString(), message);
    }

    void warning(long at, DocumentPlace path, Msg message) {
        add(Problem.Severity.WARNING, at, path == null ? "" : path.path().toString(), message);
    }

    /** An error at a byte offset, with its path as text. */
    void error(long at, String path, Msg message) {
        add(Problem.Severity.ERROR, at, path, message);
    }

    /** A warning at a byte offset, with its path as text. */
    void warning(long at, String path, Msg message) {
        add(Problem.Severity.WARNING, at, path, message);
    }

    /** An error with no place in the text ({@code at} -1) or at a byte offset. */
    void error(long at, Msg message) {
        add(Problem.Severity.ERROR, at, "", message);
    }

    private void add(Problem.Severity severity, long at, String path, Msg message) {
        if (severity == Problem.Severity.ERROR) {
            errors++;
        }
        if (full()) {
            notShown++;
        } else {
            kept.add(new Entry(severity, at, path, message));
        }
    }

    int errorCount() {
        return errors;
    }

    int notShown() {
        return notShown;
    }

    /** The line of a byte offset, for messages that point to a second place ("… as on line 40"). */
    int lineOf(long at) {
        return positions == null ? 0 : positions.line(at);
    }

    /** The problems in file order, with "… and N more problems not shown" last when there were more. */
    List<Problem> list() {
        var sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingLong(Entry::at)); // stable: same place keeps the order found
        var records = new HashSet<String>();
        for (Entry e : sorted) {
            String r = RecordNames.recordOf(e.path());
            if (r != null) {
                records.add(r);
            }
        }
        Map<String, RecordName> names = bytes == null ? Map.of() : RecordNames.find(bytes, length, records);
        var out = new ArrayList<Problem>(sorted.size() + 1);
        for (Entry e : sorted) {
            int line = 0;
            int column = 0;
            if (e.at() >= 0 && positions != null) {
                line = positions.line(e.at());
                column = positions.column(e.at(), line);
            }
            String r = RecordNames.recordOf(e.path());
            out.add(new Problem(e.severity(), file, line, column, e.path(), e.message(),
                    r == null ? null : names.getOrDefault(r, RecordName.unnamed(r))));
        }
        if (notShown > 0) {
            out.add(new Problem(errors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING, file, 0, 0, "",
                    Msg.count("problem.notShown", notShown, notShown)));
        }
        return out;
    }
}
