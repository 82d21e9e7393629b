package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code delegations [--smoke-test] [FILE]}: what the window is started with. */
class AppConfigTest {

    @Test
    void aFileOnTheCommandLineIsOpened() {
        AppConfig c = AppConfig.fromArgs(List.of("/tmp/archive.json"));
        assertEquals(Path.of("/tmp/archive.json"), c.file());
        assertFalse(c.smokeTest());
        assertTrue(c.restoreLastFile());
    }

    @Test
    void theSmokeTestOptionIsNotAFileAndLeavesTheUsersPreferencesAlone() {
        AppConfig c = AppConfig.fromArgs(List.of("--smoke-test"));
        assertNull(c.file());
        assertTrue(c.smokeTest());
        assertFalse(c.restoreLastFile(), "the smoke test shows the bundled data, not the last file");
        assertTrue(c.prefs().node().absolutePath().endsWith("-smoke-test"));
        AppConfig both = AppConfig.fromArgs(List.of("--smoke-test", "x.json"));
        assertEquals(Path.of("x.json"), both.file());
    }
}
