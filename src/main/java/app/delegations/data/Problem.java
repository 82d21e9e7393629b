package app.delegations.data;

import java.util.Objects;

/**
 * One thing wrong with a data file, located: {@code congress-2016.json:42:17: places[3].country: "XX" is not a
 * country defined in this file}. Line and column are 1-based; 0 when the problem has no place in the text
 * (a missing file). {@code path} is the JSON path of the value ("places[3].country"), or empty.
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE:COLUMN: [warning: ]path: message}, the form `delegations validate` prints. */
    public String format() {
        var sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
