package app.delegations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The generated source notes. Records are cut into consecutive blocks of {@code perSource}; each block's
 * records cite one note, and each record adds the sentence its citations quote. A finished note is wrapped
 * like the real 2016 note (lines of about 90 characters broken at spaces, paragraphs apart), so quotes with
 * single spaces must match runs of whitespace in the text, as the format allows.
 */
final class SourceTexts {
    static final int LINE = 90;

    private final Path folder;
    private final int perSource;
    private final StringBuilder text = new StringBuilder(8192);
    private int current = -1;
    private int sentences;
    private long totalChars;

    SourceTexts(Path folder, int perSource) {
        this.folder = folder;
        this.perSource = perSource;
    }

    static int count(int records, int perSource) {
        return (records + perSource - 1) / perSource;
    }

    static String id(int index) {
        return String.format(Locale.ROOT, "note-%05d", index + 1);
    }

    static String fileName(int index) {
        return id(index) + ".txt";
    }

    /** The id of the note that record {@code recordIndex} (0-based, over all lists) cites; starts its note. */
    String noteFor(int recordIndex) {
        int block = recordIndex / perSource;
        if (block != current) {
            flush();
            current = block;
        }
        return id(current);
    }

    /** Adds a sentence to the current note; returns the sentence so that callers quote from it. */
    String say(String sentence) {
        if (sentence.contains("\n") || sentence.contains("  ")) {
            throw new IllegalArgumentException("a sentence is one line with single spaces: " + sentence);
        }
        if (sentences > 0) {
            text.append(sentences % 8 == 0 ? "\n\n" : " ");
        }
        text.append(sentence);
        sentences++;
        return sentence;
    }

    /** A passage of a sentence this note says, checked to be in it. */
    static String quote(String sentence, String passage) {
        if (!sentence.contains(passage)) {
            throw new IllegalArgumentException("\"" + passage + "\" is not in \"" + sentence + "\"");
        }
        return passage;
    }

    /** Writes the note being built, if any. */
    void flush() {
        if (current < 0) {
            return;
        }
        String wrapped = wrap(text);
        try {
            Files.writeString(folder.resolve(fileName(current)), wrapped, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        totalChars += wrapped.length();
        text.setLength(0);
        sentences = 0;
        current = -1;
    }

    long totalChars() {
        return totalChars;
    }

    /** Breaks lines longer than {@link #LINE} at the last space before the limit. */
    static String wrap(CharSequence in) {
        var out = new StringBuilder(in.length() + in.length() / LINE + 2);
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            out.append(c);
            if (c == '\n') {
                lineStart = out.length();
                lastSpace = -1;
            } else if (c == ' ') {
                lastSpace = out.length() - 1;
            }
            if (out.length() - lineStart > LINE && lastSpace > lineStart) {
                out.setCharAt(lastSpace, '\n');
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        out.append('\n');
        return out.toString();
    }
}
