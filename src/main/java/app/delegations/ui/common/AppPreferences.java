package app.delegations.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers across restarts (java.util.prefs): language, theme, window bounds, last and
 * recent files (or archive folders), table columns. The node is passed in, so tests use a node of their own and remove it.
 * <p>
 * The stored values are input like any file: a user, another version or a damaged store may have written
 * anything. Every getter is total: a value that is missing, damaged, out of range or unknown reads as its
 * default (an empty optional where the caller decides the default), never as an exception.
 */
public final class AppPreferences {
    /** The node the installed app uses, under the user root. */
    public static final String DEFAULT_NODE = "app/delegations";
    public static final int MAX_RECENT = 8;

    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String LAST_FILE = "lastFile";
    private static final String LAST_IS_ARCHIVE = "lastFile.archive";
    private static final String RECENT = "recent.";
    private static final String ARCHIVE = ".archive";
    private static final String WINDOW = "window.";
    private static final String DIVIDERS = WINDOW + "dividers";

    private final Preferences node;
    private final StoredNode store;

    public AppPreferences(Preferences node) {
        this.node = node;
        this.store = new StoredNode(node);
    }

    /** Preferences under {@code Preferences.userRoot().node(path)}. */
    public static AppPreferences userNode(String path) {
        return new AppPreferences(Preferences.userRoot().node(path));
    }

    public Preferences node() {
        return node;
    }

    /** The language chosen in the window, or empty (the OS locale decides) when none or an unknown one is stored. */
    public Optional<UiLanguage> language() {
        String code = store.read(LANGUAGE, null);
        for (UiLanguage l : UiLanguage.values()) {
            if (l.code().equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public void setLanguage(UiLanguage language) {
        store.write(LANGUAGE, language.code());
    }

    public Theme theme() {
        return Theme.of(store.read(THEME, Theme.LIGHT.code()));
    }

    public void setTheme(Theme theme) {
        store.write(THEME, theme.code());
    }

    /** The file or archive folder shown last time: an absolute path, or empty (the bundled data). */
    public Optional<Path> lastFile() {
        return StoredNode.path(store.read(LAST_FILE, null));
    }

    /**
     * True when {@link #lastFile} was an archive folder (so that a folder gone since is told apart from a file
     * gone since); false for anything but {@code true} stored.
     */
    public boolean lastIsArchive() {
        return "true".equals(store.read(LAST_IS_ARCHIVE, "false")) && lastFile().isPresent();
    }

    /** Remembers the file shown (null: the bundled data). */
    public void setLastFile(Path file) {
        setLastFile(file, false);
    }

    /** Remembers the file or archive folder shown (null: the bundled data). */
    public void setLastFile(Path file, boolean archive) {
        store.write(LAST_FILE, file == null ? null : file.toAbsolutePath().toString());
        store.write(LAST_IS_ARCHIVE, file != null && archive ? "true" : null);
    }

    /** The recent files and archive folders, newest first: absolute paths, each once. */
    public List<Path> recentFiles() {
        var files = new ArrayList<Path>();
        for (int i = 0; i < MAX_RECENT; i++) {
            StoredNode.path(store.read(RECENT + i, null)).filter(p -> !files.contains(p)).ifPresent(files::add);
        }
        return files;
    }

    /** Puts a file first in the recent list (no duplicates, at most {@link #MAX_RECENT}). */
    public List<Path> addRecentFile(Path file) {
        return addRecentFile(file, false);
    }

    /**
     * Puts a file, or an archive folder ({@code archive}), first in the recent list (no duplicates, at most
     * {@link #MAX_RECENT}); which entries are archive folders is stored with them, so the menu can say so without
     * asking the disk (a recent entry may lie on a share that does not answer).
     */
    public List<Path> addRecentFile(Path file, boolean archive) {
        var files = new ArrayList<Path>(recentFiles());
        var archives = new HashSet<Path>(recentArchives());
        Path abs = file.toAbsolutePath();
        files.remove(abs);
        files.add(0, abs);
        if (archive) {
            archives.add(abs);
        } else {
            archives.remove(abs);
        }
        while (files.size() > MAX_RECENT) {
            files.remove(files.size() - 1);
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            store.write(RECENT + i, i < files.size() ? files.get(i).toString() : null);
            store.write(RECENT + i + ARCHIVE, i < files.size() && archives.contains(files.get(i)) ? "true" : null);
        }
        return files;
    }

    /** The recent entries that were archive folders when last opened (as stored; the disk is not asked). */
    public Set<Path> recentArchives() {
        var archives = new HashSet<Path>();
        for (int i = 0; i < MAX_RECENT; i++) {
            if ("true".equals(store.read(RECENT + i + ARCHIVE, null))) {
                StoredNode.path(store.read(RECENT + i, null)).ifPresent(archives::add);
            }
        }
        return archives;
    }

    /**
     * Window bounds as stored: finite numbers and a positive size, or empty when none (or damaged ones) are
     * stored. They may lie on a screen that no longer exists: {@link WindowPlacement} fits them to the screens.
     */
    public Optional<WindowBounds> windowBounds() {
        double x = store.readDouble(WINDOW + "x", Double.NaN);
        double y = store.readDouble(WINDOW + "y", Double.NaN);
        double w = store.readDouble(WINDOW + "width", -1);
        double h = store.readDouble(WINDOW + "height", -1);
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(w > 0) || !(h > 0) || !Double.isFinite(w)
                || !Double.isFinite(h)) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(x, y, w, h, "true".equalsIgnoreCase(store.read(WINDOW + "maximized", "false"))));
    }

    public void setWindowBounds(WindowBounds b) {
        store.write(WINDOW + "x", Double.toString(b.x()));
        store.write(WINDOW + "y", Double.toString(b.y()));
        store.write(WINDOW + "width", Double.toString(b.width()));
        store.write(WINDOW + "height", Double.toString(b.height()));
        store.write(WINDOW + "maximized", Boolean.toString(b.maximized()));
    }

    /**
     * The positions of the main split's two dividers (fractions of its width), or empty when none or unusable
     * ones are stored: both finite, the first above 0.05, the second above the first and below 0.97.
     */
    public Optional<double[]> dividers() {
        String[] parts = store.read(DIVIDERS, "").split(",", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            double a = Double.parseDouble(parts[0]);
            double b = Double.parseDouble(parts[1]);
            return a > 0.05 && a < b && b < 0.97 ? Optional.of(new double[] {a, b}) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setDividers(double first, double second) {
        store.write(DIVIDERS, String.format(Locale.ROOT, "%.4f,%.4f", first, second));
    }

    /** A free-form value, e.g. a table's column state; its reader must treat it as untrusted. */
    public String get(String key, String fallback) {
        return store.read(key, fallback);
    }

    public void put(String key, String value) {
        store.write(key, value);
    }

    /**
     * Forgets everything stored here: the node is removed from the backing store, and the next start uses the
     * defaults. Run while no window of the app is open (a closing window stores its state again).
     */
    public void reset() throws BackingStoreException {
        Preferences parent = node.parent();
        node.removeNode();
        parent.flush();
    }

    /** Writes to the backing store; failures are reported, not thrown (the app keeps working). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("delegations: could not save preferences: " + e.getMessage());
        } catch (IllegalStateException e) {
            // the node was removed (preferences reset while the window was open): nothing to save into
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

        /** The theme of a stored code; anything but {@code dark} is the default, light. */
        public static Theme of(String code) {
            return DARK.code.equals(code) ? DARK : LIGHT;
        }
    }
}
