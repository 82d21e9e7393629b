package app.delegations.ui.common;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers across restarts (java.util.prefs): language, theme, window bounds, last and
 * recent files, table columns. The node is passed in, so tests use a node of their own and remove it.
 */
public final class AppPreferences {
    /** The node the installed app uses, under the user root. */
    public static final String DEFAULT_NODE = "app/delegations";
    public static final int MAX_RECENT = 8;

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String LAST_FILE = "lastFile";
    private static final String RECENT = "recent.";
    private static final String WINDOW = "window.";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** Preferences under {@code Preferences.userRoot().node(path)}. */
    public static AppPreferences userNode(String path) {
        return new AppPreferences(Preferences.userRoot().node(path));
    }

    public Preferences node() {
        return node;
    }

    public Optional<UiLanguage> language() {
        String code = node.get(LANGUAGE, null);
        return code == null ? Optional.empty() : Optional.of(UiLanguage.of(code));
    }

    public void setLanguage(UiLanguage language) {
        node.put(LANGUAGE, language.code());
    }

    public Theme theme() {
        return Theme.of(node.get(THEME, Theme.LIGHT.code()));
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.code());
    }

    public Optional<Path> lastFile() {
        return path(node.get(LAST_FILE, null));
    }

    /** Remembers the file shown (null: the bundled data). */
    public void setLastFile(Path file) {
        if (file == null) {
            node.remove(LAST_FILE);
        } else {
            node.put(LAST_FILE, file.toAbsolutePath().toString());
        }
    }

    public List<Path> recentFiles() {
        var files = new ArrayList<Path>();
        for (int i = 0; i < MAX_RECENT; i++) {
            path(node.get(RECENT + i, null)).ifPresent(files::add);
        }
        return files;
    }

    /** Puts a file first in the recent list (no duplicates, at most {@link #MAX_RECENT}). */
    public List<Path> addRecentFile(Path file) {
        var files = new ArrayList<Path>(recentFiles());
        Path abs = file.toAbsolutePath();
        files.remove(abs);
        files.add(0, abs);
        while (files.size() > MAX_RECENT) {
            files.remove(files.size() - 1);
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        return files;
    }

    /** Window bounds, or empty when none are stored. */
    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble(WINDOW + "width", -1);
        double h = node.getDouble(WINDOW + "height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble(WINDOW + "x", 0), node.getDouble(WINDOW + "y", 0), w, h,
                node.getBoolean(WINDOW + "maximized", false)));
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble(WINDOW + "x", b.x());
        node.putDouble(WINDOW + "y", b.y());
        node.putDouble(WINDOW + "width", b.width());
        node.putDouble(WINDOW + "height", b.height());
        node.putBoolean(WINDOW + "maximized", b.maximized());
    }

    /** A free-form value, e.g. a table's column state. */
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void put(String key, String value) {
        node.put(key, value);
    }

    /** Writes to the backing store; failures are reported, not thrown (the app keeps working). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("delegations: could not save preferences: " + e.getMessage());
        }
    }

    private static Optional<Path> path(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(s));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A window's position and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** The two themes: AtlantaFX Primer Light and Primer Dark. */
    public enum Theme {
        LIGHT("light"), DARK("dark");

        private final String code;

        Theme(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Theme of(String code) {
            return "dark".equals(code) ? DARK : LIGHT;
        }
    }
}
