package app.delegations.ui.timeline;

import static org.junit.jupiter.api.Assertions.*;

import app.delegations.model.EventKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** timeline-keys.txt holds exactly the keys the timeline uses, in English and Polish, as valid patterns. */
class TimelineKeysFileTest {

    private static final Path SOURCES = Path.of("src/main/java/app/delegations/ui/timeline");

    private static Set<String> keysInFile() {
        var keys = new TreeSet<String>();
        for (String[] e : TimelineBundles.entries()) {
            assertTrue(keys.add(e[0]), "duplicate key " + e[0]);
        }
        return keys;
    }

    private static Set<String> keysInCode() throws IOException {
        var keys = new TreeSet<String>();
        var literal = Pattern.compile("\"(timeline\\.[A-Za-z.]+[A-Za-z])\"");
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".png")) {  // the suggested file name, not a key
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (EventKind kind : EventKind.values()) {
            keys.add(TimelineRenderer.kindKey(kind));
        }
        if (keys.remove("timeline.range")) { // a count: TimelineView picks its plural form
            keys.addAll(List.of("timeline.range.one", "timeline.range.few", "timeline.range.many"));
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsDefinedAndEveryDefinedKeyIsUsed() throws IOException {
        Set<String> inCode = keysInCode();
        assertTrue(inCode.size() > 20, "the scan found the keys: " + inCode);
        assertEquals(inCode, keysInFile());
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholdersAndFormatCleanly() {
        var placeholder = Pattern.compile("\\{\\d}");
        for (String[] e : TimelineBundles.entries()) {
            assertFalse(e[1].isBlank() || e[2].isBlank(), e[0]);
            assertFalse(e[1].contains("'") || e[2].contains("'"), "MessageFormat would drop the apostrophe: " + e[0]);
            Set<String> en = new HashSet<>(placeholder.matcher(e[1]).results().map(r -> r.group()).toList());
            Set<String> pl = new HashSet<>(placeholder.matcher(e[2]).results().map(r -> r.group()).toList());
            assertEquals(en, pl, e[0]);
            new MessageFormat(e[1], Locale.ENGLISH).format(new Object[] {"a", 1, "c"});
            new MessageFormat(e[2], Locale.forLanguageTag("pl")).format(new Object[] {"a", 1, "c"});
        }
        assertEquals("Wizyta", TimelineBundles.polish().getString("timeline.kind.visit"));
        assertEquals("Visit", TimelineBundles.english().getString("timeline.kind.visit"));
    }
}
