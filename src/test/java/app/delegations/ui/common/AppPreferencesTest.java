package app.delegations.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences.Theme;
import app.delegations.ui.common.AppPreferences.WindowBounds;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {
    private final AppPreferences prefs = TestPrefs.fresh();

    @AfterEach
    void tearDown() {
        TestPrefs.remove(prefs);
    }

    @Test
    void startsEmpty() {
        assertTrue(prefs.language().isEmpty(), "no language stored: the OS locale decides");
        assertEquals(Theme.LIGHT, prefs.theme());
        assertTrue(prefs.lastFile().isEmpty());
        assertTrue(prefs.recentFiles().isEmpty());
        assertTrue(prefs.windowBounds().isEmpty());
    }

    @Test
    void settingsResetWhileTheWindowIsOpenReadAsDefaultsAndTakeWritesWithoutFailing() throws Exception {
        prefs.setLanguage(UiLanguage.POLISH);
        prefs.setLastFile(Path.of("/tmp/x.json").toAbsolutePath());
        new AppPreferences(prefs.node()).reset(); // delegations --reset-preferences from a terminal

        assertTrue(prefs.language().isEmpty());
        assertTrue(prefs.lastFile().isEmpty());
        assertTrue(prefs.windowBounds().isEmpty());
        prefs.setLastFile(Path.of("/tmp/y.json").toAbsolutePath()); // a load finishing after the reset
        prefs.addRecentFile(Path.of("/tmp/y.json").toAbsolutePath());
        prefs.setWindowBounds(new WindowBounds(1, 2, 800, 600, false));
        prefs.put("table.places", "name");
        prefs.flush();
        assertTrue(prefs.recentFiles().isEmpty(), "nothing is kept in a removed node");
    }

    @Test
    void remembersLanguageThemeAndWindow() {
        prefs.setLanguage(UiLanguage.POLISH);
        prefs.setTheme(Theme.DARK);
        prefs.setWindowBounds(new WindowBounds(10, 20, 1280, 800, false));
        var again = new AppPreferences(prefs.node());
        assertEquals(Optional.of(UiLanguage.POLISH), again.language());
        assertEquals(Theme.DARK, again.theme());
        assertEquals(new WindowBounds(10, 20, 1280, 800, false), again.windowBounds().orElseThrow());
    }

    @Test
    void recentFilesAreUniqueNewestFirstAndCapped() {
        for (int i = 0; i < 10; i++) {
            prefs.addRecentFile(Path.of("/data/f" + i + ".json"));
        }
        prefs.addRecentFile(Path.of("/data/f5.json"));
        var recent = prefs.recentFiles();
        assertEquals(AppPreferences.MAX_RECENT, recent.size());
        assertEquals(Path.of("/data/f5.json"), recent.get(0));
        assertEquals(Path.of("/data/f9.json"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.endsWith("f5.json")).count());
    }

    @Test
    void whichRecentEntriesAreArchiveFoldersIsRememberedWithThem() {
        prefs.addRecentFile(Path.of("/share/office"), true);
        prefs.addRecentFile(Path.of("/data/visits.json"), false);
        var again = new AppPreferences(prefs.node()); // the next start: none of these paths exists here
        assertEquals(Set.of(Path.of("/share/office")), again.recentArchives());
        again.addRecentFile(Path.of("/share/office"), false); // the same path opened as a file now
        assertTrue(again.recentArchives().isEmpty());
        for (int i = 0; i < 10; i++) {
            again.addRecentFile(Path.of("/share/a" + i), i == 0);
        }
        assertTrue(again.recentArchives().isEmpty(), "an entry that left the list takes its mark with it");
    }

    @Test
    void lastFileNullMeansTheBundledData() {
        prefs.setLastFile(Path.of("/data/x.json"));
        assertEquals(Optional.of(Path.of("/data/x.json")), prefs.lastFile());
        prefs.setLastFile(null);
        assertTrue(prefs.lastFile().isEmpty());
    }
}
