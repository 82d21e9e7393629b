package app.delegations.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.text.Bundle;
import app.delegations.text.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new source's text is what the loader will read from {@code sources/<id>.txt}: UTF-8 (with or without a
 * byte-order mark), line ends \n; a file in another encoding is refused with a message that says where.
 */
class NewSourceTest {
    @TempDir
    Path dir;

    private static final Text TITLE = new Text("Notatka z wizyty", "Note of the visit");

    @Test
    void aUtf8FileIsReadAsItIs() throws IOException {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "Goście z Kijowa w Krakowie.\nŁódź, Санкт-Петербург.", StandardCharsets.UTF_8);
        NewSource.Read r = NewSource.file(f);
        assertTrue(r.ok());
        assertEquals("Goście z Kijowa w Krakowie.\nŁódź, Санкт-Петербург.", r.text());
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Path f = dir.resolve("bom.txt");
        byte[] text = "Kraków".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(f, bytes);
        assertEquals("Kraków", NewSource.file(f).text());
        assertEquals("Kraków", NewSource.pasted("\uFEFFKraków").text());
    }

    @Test
    void windowsLineEndsBecomeLineFeedsAsTheLoaderReadsThem() throws IOException {
        Path f = dir.resolve("crlf.txt");
        Files.writeString(f, "jeden\r\ndwa\rtrzy\n", StandardCharsets.UTF_8);
        assertEquals("jeden\ndwa\ntrzy\n", NewSource.file(f).text());
        assertEquals("jeden\ndwa\ntrzy\n", NewSource.pasted("jeden\r\ndwa\rtrzy\n").text());
    }

    @Test
    void aWindows1250FileIsRefusedWithTheLineAndColumnOfItsFirstBadByte() throws IOException {
        Path f = dir.resolve("cp1250.txt");
        Files.write(f, "Goście\nw Łodzi".getBytes("windows-1250"));
        NewSource.Read r = NewSource.file(f);
        assertFalse(r.ok());
        assertNull(r.text());
        String en = Bundle.english().text(r.problem());
        assertTrue(en.startsWith("The file \"cp1250.txt\" is not valid UTF-8 text"), en);
        assertTrue(en.contains("line 1, column 3"), en); // the ś of Goście
        String pl = Bundle.of("pl").text(r.problem());
        assertTrue(pl.startsWith("Plik \"cp1250.txt\""), pl);
        assertTrue(pl.contains("wiersz 1, kolumna 3"), pl);
    }

    @Test
    void aUtf16FileAFolderAndAMissingFileAreRefused() throws IOException {
        Path f = dir.resolve("utf16.txt");
        Files.writeString(f, "\uFEFFKraków", StandardCharsets.UTF_16);
        Msg utf16 = (Msg) NewSource.file(f).problem().args().get(1);
        assertEquals("encoding.wide", ((Msg) utf16.args().get(0)).key());
        assertFalse(NewSource.file(dir).ok());
        assertFalse(NewSource.file(dir.resolve("none.txt")).ok());
    }

    @Test
    void aTextOverTheLoadersLimitIsRefused() throws IOException {
        Path f = dir.resolve("big.txt");
        Files.write(f, new byte[Limits.MAX_SOURCE_BYTES + 1]);
        assertEquals("sourceFile.tooLarge", ((Msg) NewSource.file(f).problem().args().get(1)).key());
        assertEquals("newSource.tooLarge", NewSource.pasted("ą".repeat(Limits.MAX_SOURCE_BYTES / 2 + 1)).problem().key());
        assertEquals("newSource.empty", NewSource.pasted(" \n\t").problem().key());
    }

    @Test
    void theSourceIsKeptAsSourcesIdTxt() {
        Source s = NewSource.make("kyiv-visit-note", "Goście z Kijowa.", TITLE, LocalDate.of(2025, 3, 12), null, "pl",
                null);
        assertEquals("sources/kyiv-visit-note.txt", s.file());
        assertEquals("Goście z Kijowa.", s.text());
        assertEquals(TITLE, s.title());
        assertEquals(LocalDate.of(2025, 3, 12), s.date());
        assertNull(s.dateNote());
        assertNull(s.description());
    }

    @Test
    void anUndatedSourceSaysWhy() {
        assertEquals(List.of("dateNote"), NewSource.check(TITLE, null, null, "pl").stream()
                .map(NewSource.Problem::field).toList());
        Text why = new Text("notatka bez daty", "the note is undated");
        assertEquals(List.of(), NewSource.check(TITLE, null, why, "pl"));
        assertEquals(why, NewSource.make("n", "tekst", TITLE, null, why, "pl", null).dateNote());
    }

    @Test
    void aTitleInBothLanguagesAndALanguageTagAreNeeded() {
        assertEquals(List.of("title.en", "language"), NewSource.check(new Text("Notatka", " "), LocalDate.of(2025, 1, 1),
                null, "polski").stream().map(NewSource.Problem::field).toList());
        assertThrows(IllegalArgumentException.class,
                () -> NewSource.make("n", "tekst", new Text("", ""), LocalDate.of(2025, 1, 1), null, "pl", null));
        assertThrows(IllegalArgumentException.class,
                () -> NewSource.make("n", "a\r\nb", TITLE, LocalDate.of(2025, 1, 1), null, "pl", null),
                "a text with line ends the loader would change");
    }
}
