package app.delegations.data;

import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.util.Objects;

/**
 * One thing wrong with a data file, located: {@code congress-2016.json:42:17: place 4 (Koszyce) › country: "XX" is
 * not a country defined in this file}. Line and column are 1-based; 0 when the problem has no place in the text
 * (a missing file). {@code path} is the JSON path of the value ("places[3].country"), or empty; people read it
 * as {@link #where(Bundle)} words it. The message is a {@link Msg} (a bundle key and its arguments), put into
 * words in the reader's language by {@link #message(Bundle)}; {@link #message()} and {@link #format()} give
 * English.
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

    /**
     * Where in the file the problem is, in the language of {@code texts}, the one wording of the window's problem
     * table, of Copy all and of {@code delegations validate}: the record in words, counted from 1, and the rest
     * of the path ("miejsce 4 (Koszyce) › country", "event 1 (…) › participants[2].place"); a value in no
     * record by its path ("schemaVersion"); "" for the file as a whole.
     */
    public String where(Bundle texts) {
        if (record == null) {
            return path;
        }
        String words = texts.text(record.words(texts.locale()));
        int dot = path.indexOf("].");
        return dot < 0 ? words : words + " › " + path.substring(dot + 2);
    }

    /** {@code FILE:LINE:COLUMN: [warning: ]where: message}, in English. */
    public String format() {
        return format(Bundle.english());
    }

    /**
     * {@code FILE:LINE:COLUMN: [warning: ]where: message}, the form {@code delegations validate} prints and Copy
     * all copies, the place {@linkplain #where(Bundle) in words}.
     */
    public String format(Bundle texts) {
        var sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (severity == Severity.WARNING) {
            sb.append(texts.get("problem.warning")).append(' ');
        }
        String where = where(texts);
        if (!where.isEmpty()) {
            sb.append(where).append(": ");
        }
        return sb.append(message(texts)).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
