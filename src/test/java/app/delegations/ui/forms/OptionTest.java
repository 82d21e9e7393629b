package app.delegations.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Names;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A picker's option is found by every spelling of its record, as an officer on any keyboard types it. */
class OptionTest {
    private final Option kosice = Option.named("kosice", "Koszyce (SK)",
            new Names("Koszyce", "Košice", "Košice", List.of("Kassa")));

    /** As ControlsFX's searchable combo box matches: every typed word, in lower case, within the option's text. */
    private static boolean found(Option o, String typed) {
        String text = o.searchText().toLowerCase(Locale.ROOT);
        for (String word : typed.toLowerCase(Locale.ROOT).split(" ")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void košiceIsFoundByItsPolishNativeAndPlainSpellingsAndItsAlias() {
        for (String typed : List.of("Koszyce", "kosz", "Košice", "košice", "kosice", "KOSICE", "kassa", "(sk)")) {
            assertTrue(found(kosice, typed), typed);
        }
        assertFalse(found(kosice, "krakow"));
    }

    @Test
    void theLabelIsWhatTheOptionShows() {
        assertEquals("Koszyce (SK)", kosice.toString());
        assertTrue(kosice.searchText().startsWith("Koszyce (SK)"));
        assertEquals("Koszyce (SK)", new Option("x", "Koszyce (SK)").searchText(), "an option of a fixed list: its label");
    }
}
