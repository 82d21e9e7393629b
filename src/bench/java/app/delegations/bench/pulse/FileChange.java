package app.delegations.bench.pulse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One file of the archive shown, changed on disk as an editor saves it: read, its first {@code pulse.changeFrom}
 * replaced by {@code pulse.changeTo} (the same content with one name changed), written back in place. It runs on
 * a thread of its own, never on the FX thread, so that the pulses recorded are the app's reaction only.
 *
 * <p>System properties: {@code pulse.changeFile}, {@code pulse.changeFrom}, {@code pulse.changeTo}. A file
 * without {@code changeFrom} is an error (the harness would measure no change).
 */
final class FileChange {
    private final Path file;
    private final String from;
    private final String to;
    private volatile long started = -1;
    private volatile long written = -1;

    private FileChange(Path file, String from, String to) {
        this.file = file;
        this.from = from;
        this.to = to;
    }

    /** The change asked for by the system properties, or null when there is none. */
    static FileChange fromProperties() {
        String file = System.getProperty("pulse.changeFile");
        if (file == null) {
            return null;
        }
        return new FileChange(Path.of(file), System.getProperty("pulse.changeFrom"), System.getProperty("pulse.changeTo"));
    }

    /** Rewrites the file on a new thread. */
    void start() {
        started = System.nanoTime();
        var thread = new Thread(this::rewrite, "pulse-file-change");
        thread.setDaemon(true);
        thread.start();
    }

    private void rewrite() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalStateException(file + " does not contain " + from);
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
            written = System.nanoTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String toJson(long origin) {
        return String.format(Locale.ROOT, "{\"file\": \"%s\", \"from\": \"%s\", \"to\": \"%s\", \"startedMs\": %.1f, \"writtenMs\": %.1f}",
                escape(file.toString()), escape(from), escape(to), ms(started, origin), ms(written, origin));
    }

    private static double ms(long at, long origin) {
        return at < 0 ? -1 : (at - origin) / 1e6;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
