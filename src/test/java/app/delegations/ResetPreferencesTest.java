package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.ui.TestPrefs;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.AppPreferences.Theme;
import app.delegations.ui.common.UiLanguage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** {@code delegations --reset-preferences}: the way out when stored settings get in the way. */
class ResetPreferencesTest {
    @Test
    void resetForgetsEverythingStoredAndTheNextStartUsesTheDefaults() throws BackingStoreException {
        AppPreferences prefs = TestPrefs.fresh();
        String path = prefs.node().absolutePath();
        prefs.setLanguage(UiLanguage.POLISH);
        prefs.setTheme(Theme.DARK);
        prefs.put("table.places", "name;:");
        prefs.flush();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.resetPreferences(prefs, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(path), out.toString(StandardCharsets.UTF_8));
        assertFalse(Preferences.userRoot().nodeExists(path), "the node is gone from the store");
        var again = new AppPreferences(Preferences.userRoot().node(path));
        assertTrue(again.language().isEmpty());
        assertEquals(Theme.LIGHT, again.theme());
        assertEquals("", again.get("table.places", ""));
        TestPrefs.remove(again);
    }
}
