package app.delegations.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The Source view shows a note's paragraphs reflowed, and what an officer selects in it is still the note's exact
 * passage: the shown text has the note's length and its characters except inside the line breaks it joins.
 */
class ReflowTest {
    private static String congressNote() throws IOException {
        return Files.readString(Path.of("data/sources/note-2016-11-30-krakow.txt"), StandardCharsets.UTF_8);
    }

    /** The shown paragraphs: split at the line breaks kept, hidden characters left out. */
    private static List<String> paragraphs(String shown) {
        return Arrays.stream(Reflow.copied(shown).split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    @Test
    void theCongressNoteCopiedFromAPdfShowsItsFiveParagraphs() throws IOException {
        String note = congressNote();
        String shown = Reflow.shown(note);
        List<String> paragraphs = paragraphs(shown);
        assertEquals(5, paragraphs.size(), String.join("\n---\n", paragraphs));
        assertTrue(paragraphs.get(0).startsWith("30 listopada 2016 r. przedstawiciele Krakowa"));
        assertTrue(paragraphs.get(0).contains("Kongresie „St. Petersburg i Świat Słowiański”"), "St. is no sentence end");
        assertTrue(paragraphs.get(0).endsWith("Półwyspu Bałkańskiego."));
        assertTrue(paragraphs.get(1).startsWith("Tematem przewodnim"));
        assertTrue(paragraphs.get(2).startsWith("Udział w Kongresie") && paragraphs.get(2).endsWith("(Kraków, Gdańsk)."));
        assertTrue(paragraphs.get(3).startsWith("29 listopada"));
        assertTrue(paragraphs.get(4).startsWith("Kraków przedstawił") && paragraphs.get(4).endsWith("Otwarty na Świat."));
        paragraphs.forEach(p -> assertFalse(p.contains("\n"), "one flowing line: " + p));
    }

    @Test
    void aPassageAcrossALineBreakIsTheSameRangeInTheShownText() throws IOException {
        String note = congressNote();
        String shown = Reflow.shown(note);
        assertEquals(note.length(), shown.length());
        String passage = "„St.\n\nPetersburg i Świat Słowiański”";
        int at = note.indexOf(passage);
        assertTrue(at > 0);
        String selected = shown.substring(at, at + passage.length());
        assertEquals("„St. Petersburg i Świat Słowiański”", Reflow.copied(selected), "copied as read");
        assertEquals(passage, note.substring(at, at + passage.length()), "cited as the note has it");
    }

    @Test
    void aBlankLineEndsAParagraphInAnOrdinaryNoteAndAListItemKeepsItsLine() {
        String note = "Program wizyty\n\nDelegacja z Kijowa przyjechała\nrano, spotkała się z prezydentem\nmiasta.\n\n"
                + "Ustalenia:\n- wymiana studentów\n- wspólny festiwal\r\nKoniec.";
        String shown = Reflow.shown(note);
        assertEquals(List.of("Program wizyty", "Delegacja z Kijowa przyjechała rano, spotkała się z prezydentem miasta.",
                "Ustalenia:\n- wymiana studentów\n- wspólny festiwal " + "Koniec."), paragraphs(shown));
        assertEquals(note.length(), shown.length());
    }

    @Property(tries = 300)
    void theShownTextDiffersFromTheNoteOnlyInsideLineBreaksAndHasItsLength(
            @ForAll @StringLength(max = 200) @CharRange(from = '\t', to = 'z') String note) {
        String shown = Reflow.shown(note);
        assertEquals(note.length(), shown.length());
        for (int i = 0; i < note.length(); i++) {
            char n = note.charAt(i);
            char s = shown.charAt(i);
            if (n != s) {
                assertTrue(n == '\n' || n == '\r' || Character.isWhitespace(n), "only breaks and blank lines change at " + i);
                assertTrue(s == ' ' || s == Reflow.HIDDEN, "shown as a space or hidden at " + i);
            }
        }
    }
}
