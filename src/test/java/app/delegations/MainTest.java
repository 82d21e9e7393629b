package app.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Tester 7, R: a typo for export opened the window on a file "exprot" and ignored the rest of the line. */
    @Test
    void aMistypedCommandIsNamedWithTheCommandMeantAndOpensNoWindow() {
        var err = new ByteArrayOutputStream();
        var opened = new java.util.ArrayList<String[]>();
        int exit = Main.run(new String[] {"exprot", "data", "--view", "places", "-o", "m.csv"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), opened::add);
        assertEquals(2, exit);
        assertEquals(0, opened.size(), "no window");
        assertEquals("delegations: unknown command exprot (did you mean export?)",
                err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }

    @Test
    void aFileThenWordsTheWindowDoesNotTakeAreRefusedButOneFileOpensTheWindow() {
        var err = new ByteArrayOutputStream();
        var opened = new java.util.ArrayList<String[]>();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[] {"data/congress-2016.json", "--view", "places"}, quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8), opened::add);
        assertEquals(2, exit);
        assertEquals("delegations: the window opens one FILE or FOLDER; not understood: --view places",
                err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());

        assertEquals(-1, Main.run(new String[] {"data/congress-2016.json"}, quiet, quiet, opened::add));
        assertEquals(-1, Main.run(new String[] {"no-such-file.json"}, quiet, quiet, opened::add),
                "a missing file: the window says so, where the officer looks");
        assertEquals(2, opened.size());
    }

    @Test
    void theTopLevelHelpGivesEveryFormOfExportItsDateRangeAndItsExitCodes() {
        var out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String said : new String[] {"--view VIEW|all", "--format pdf --brief ID", "[--from DAY] [--to DAY]",
                "[--year YEAR]...", "and 3 when no row is left to write"}) {
            assertTrue(help.contains(said), said + " in:\n" + help);
        }
    }
}
