package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The launcher's entry point where the window cannot open. */
class MainTest {

    @Test
    void withoutADisplayTheLauncherSaysSoAndNamesTheCommandsThatNeedNoneInsteadOfAStackTrace() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"data/congress-2016.json"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args -> {
                    throw new UnsupportedOperationException("Unable to open DISPLAY"); // what GTK's glass throws
                });
        assertEquals(2, exit);
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals("delegations: cannot open the window (Unable to open DISPLAY); validate, format and export"
                + " need no display: delegations --help", said.strip());
        assertFalse(said.contains("Exception"), said);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
