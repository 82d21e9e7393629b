package app.delegations.data;

import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new source for an archive (File › New source): its text from pasted text or a chosen file, held to the
 * loader's rules for source texts — UTF-8 (a byte-order mark is accepted; another encoding is refused with the
 * line and column of its first bad byte), at most {@link Limits#MAX_SOURCE_BYTES}, line ends normalised to
 * \n as the loader reads them ({@link SourceFiles#decode}) — and the {@link Source} record made of it, whose
 * text the archive keeps as {@code sources/<id>.txt}. A text given here reads back from that file equal.
 */
public final class NewSource {

    /** The folder of an archive where new sources' texts are kept. */
    public static final String FOLDER = "sources/";

    private NewSource() {
    }

    /** A source's text, or why there is none (a whole sentence, e.g. "The file "a.txt" is not valid UTF-8 …"). */
    public record Read(String text, Msg problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** The text of a chosen file, as the loader will read it once it is in the archive. */
    public static Read file(Path file) {
        String name = "\"" + file.getFileName() + "\"";
        try {
            if (!Files.isRegularFile(file)) {
                return new Read(null, Msg.of("newSource.file", name, Msg.of("sourceFile.notRegular")));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(Limits.MAX_SOURCE_BYTES + 1);
            }
            if (bytes.length > Limits.MAX_SOURCE_BYTES) {
                return new Read(null, Msg.of("newSource.file", name,
                        Msg.of("sourceFile.tooLarge", Limits.MAX_SOURCE_BYTES >> 20)));
            }
            SourceFiles.Text t = SourceFiles.decode(bytes, bytes.length);
            if (t.text() == null) {
                return new Read(null, Msg.of("newSource.file", name, t.problem()));
            }
            return checked(t.text());
        } catch (NoSuchFileException e) {
            return new Read(null, Msg.of("newSource.file", name, Msg.of("io.noSuchFile")));
        } catch (IOException e) {
            return new Read(null, Msg.of("newSource.file", name, IoReason.of(e)));
        }
    }

    /** Pasted text, as the loader will read it once saved: a leading byte-order mark dropped, line ends \n. */
    public static Read pasted(String pasted) {
        String text = pasted.startsWith("\uFEFF") ? pasted.substring(1) : pasted;
        text = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        if (text.indexOf('\0') >= 0) {
            return new Read(null, Msg.of("newSource.nul"));
        }
        return checked(text);
    }

    private static Read checked(String text) {
        if (TextRules.isBlank(text)) {
            return new Read(null, Msg.of("newSource.empty"));
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > Limits.MAX_SOURCE_BYTES) {
            return new Read(null, Msg.of("newSource.tooLarge", Limits.MAX_SOURCE_BYTES >> 20));
        }
        return new Read(text, null);
    }

    /**
     * What stops a source with these details, each problem named by its field ({@code title.pl}, {@code title.en},
     * {@code language}, {@code dateNote}); empty when it can be made. A source without a date says why in its
     * date note.
     */
    public static List<Problem> check(Text title, LocalDate date, Text dateNote, String language) {
        var out = new ArrayList<Problem>();
        if (title == null || TextRules.isBlank(title.pl())) {
            out.add(new Problem("title.pl", Msg.of("newSource.title")));
        }
        if (title == null || TextRules.isBlank(title.en())) {
            out.add(new Problem("title.en", Msg.of("newSource.title")));
        }
        if (language == null || !SourceParser.isLanguageTag(language)) {
            out.add(new Problem("language", Msg.of("newSource.language")));
        }
        if (date == null && (dateNote == null || TextRules.isBlank(dateNote.pl()) || TextRules.isBlank(dateNote.en()))) {
            out.add(new Problem("dateNote", Msg.of("newSource.dateNote")));
        }
        return out;
    }

    /** A problem of a new source's details, on the field the dialog shows it beside. */
    public record Problem(String field, Msg message) {
    }

    /**
     * The source, its text to be saved as {@code sources/<id>.txt}; {@code id} is made from the title by the
     * archive being edited. A date note or description whose both texts are blank is left out.
     *
     * @throws IllegalArgumentException when {@link #check} finds a problem or the text is not one {@link #pasted}
     *                                  or {@link #file} gives
     */
    public static Source make(String id, String text, Text title, LocalDate date, Text dateNote, String language,
                              Text description) {
        List<Problem> problems = check(title, date, dateNote, language);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("a new source with problems: " + problems);
        }
        Read read = pasted(text);
        if (!read.ok() || !read.text().equals(text)) {
            throw new IllegalArgumentException("not a source's text as the loader reads it: " + read.problem());
        }
        return new Source(id, FOLDER + id + ".txt", title, date, given(dateNote), language, given(description), text);
    }

    private static Text given(Text t) {
        return t == null || TextRules.isBlank(t.pl()) && TextRules.isBlank(t.en()) ? null : t;
    }
}
