package app.delegations.ui.common;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Reads and writes one preferences node so that nothing stored and no state of the node can fail the caller:
 * a node removed while the app runs (e.g. by {@code delegations --reset-preferences} from a terminal) reads as
 * holding nothing and takes writes silently; unparsable numbers and paths read as absent.
 */
final class StoredNode {
    private final Preferences node;

    StoredNode(Preferences node) {
        this.node = node;
    }

    /**
     * A stored value, or {@code fallback}. A node removed while the app runs (e.g. by
     * {@code delegations --reset-preferences} from a terminal) reads as holding nothing.
     */
    String read(String key, String fallback) {
        try {
            return node.get(key, fallback);
        } catch (IllegalStateException e) {
            return fallback;
        }
    }

    double readDouble(String key, double fallback) {
        String s = read(key, null);
        if (s == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Stores a value (null: forgets it); a removed node takes the write silently, as nothing is kept there. */
    void write(String key, String value) {
        try {
            if (value == null) {
                node.remove(key);
            } else {
                node.put(key, value);
            }
        } catch (IllegalStateException e) {
            // the node was removed while the app runs: the settings start from the defaults next time
        }
    }

    /** An absolute path (the only kind stored), or empty for anything else (e.g. a path of another OS). */
    static Optional<Path> path(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(s)).filter(Path::isAbsolute);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
