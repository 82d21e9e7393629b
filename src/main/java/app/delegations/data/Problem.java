package app.delegations.data;

import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.util.Objects;

/**
 * One thing wrong with a data file, located: {@code congress-2016.json:42:17: places[3].country: "XX" is not a
 * country defined in this file}. Line and column are 1-based; 0 when the problem has no place in the text
 * (a missing file). {@code path} is the JSON path of the value ("places[3].country"), or empty. The message is
 * a {@link Msg} (a bundle key and its arguments), put into words in the reader's language by
 * {@link #message(Bundle)}; {@link #message()} and {@link #format()} give English.
 *
 * @param record the record the problem is in, named ("place 4 (Koszyce)"), or null when it is in none
 */
public record Problem(Severity severity, String file, int line, int column, String path, Msg text,
                      RecordName record) {
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** A problem in no particular record. */
    public Problem(Severity severity, String file, int line, int column, String path, Msg text) {
        this(severity, file, line, column, path, text, null);
    }

    /** What is wrong, in English. */
    public String message() {
        return message(Bundle.english());
    }

    /** What is wrong, in the language of {@code texts}. */
    public String message(Bundle texts) {
        return texts.text(text);
    }

    /** {@code FILE:LINE:COLUMN: [warning: ]path: message}, in English. */
    public String format() {
        return format(Bundle.english());
    }

    /** {@code FILE:LINE:COLUMN: [warning: ]path: message}, the form `delegations validate` prints. */
    public String format(Bundle texts) {
        var sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append(texts.get("problem.warning")).append(' ');
        }
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message(texts)).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
