package app.delegations.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The changes of one save, or of one copy of several files, are read once: after the last of them, together. */
class QuietPeriodTest {
    private final Path a = Path.of("/office/a.json");
    private final Path b = Path.of("/office/b.json");

    @Test
    void changesAreHandedOverTogetherOnceNothingChangedForTheQuietPeriod() {
        var quiet = new QuietPeriod(700);
        assertEquals(-1, quiet.waitMillis(0), "nothing pending: wait for the next event");
        quiet.changed(a, 1_000);
        assertEquals(700, quiet.waitMillis(1_000));
        quiet.changed(b, 1_500); // a second event restarts the quiet period
        assertEquals(Set.of(), quiet.take(2_100), "600 ms after the last change: not yet");
        assertEquals(100, quiet.waitMillis(2_100));
        assertEquals(Set.of(a, b), quiet.take(2_200));
        assertEquals(Set.of(), quiet.take(5_000), "handed over once");
        assertEquals(-1, quiet.waitMillis(5_000));
    }

    @Test
    void aFileChangedManyTimesIsReportedOnce() {
        var quiet = new QuietPeriod(700);
        for (int t = 0; t < 10; t++) {
            quiet.changed(a, t * 10L);
        }
        assertEquals(Set.of(a), quiet.take(90 + 700));
    }
}
