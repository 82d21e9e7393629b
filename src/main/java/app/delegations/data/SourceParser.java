package app.delegations.data;

import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the sources list, then the source texts it names, and makes them ready for the quote checks. */
final class SourceParser {
    static final Fields SOURCE = Fields.of("object.source",
            Map.of("title", CommonParts.TEXT, "dateNote", CommonParts.TEXT, "description", CommonParts.TEXT),
            "id*", "file*", "title*", "date", "dateNote", "language*", "description");

    private final ParseState parse;
    private final JsonCursor in;
    private final CommonParts common;

    SourceParser(ParseState parse, CommonParts common) {
        this.parse = parse;
        this.in = parse.in;
        this.common = common;
    }

    /** A source as read from the list, before its text is loaded. */
    record SourceDraft(String id, String file, long fileAt, Text title, LocalDate date, Text dateNote, String language,
                       Text description, long at, JsonPath path, boolean complete) {
    }

    SourceDraft source(DocumentPlace list, int index) throws IOException {
        FieldWalker o = in.object(list, null, index, SOURCE);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String id = null;
        String file = null;
        long fileAt = -1;
        Text title = null;
        LocalDate date = null;
        Text dateNote = null;
        String language = null;
        Text description = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> {
                    id = parse.idReader.id(path, "id");
                    ok &= parse.ids.define(Ids.Kind.SOURCE, id, in.at(), path, "id");
                }
                case "file" -> {
                    fileAt = in.at();
                    file = in.text(path, "file");
                }
                case "title" -> title = common.text(path, "title");
                case "date" -> ok &= (date = in.date(path, "date")) != null;
                case "dateNote" -> ok &= (dateNote = common.text(path, "dateNote")) != null;
                case "language" -> language = language(path);
                case "description" -> ok &= (description = common.text(path, "description")) != null;
                default -> throw new IllegalStateException(o.name());
            }
        }
        ok &= o.complete() && id != null && file != null && title != null && language != null;
        return new SourceDraft(id, file, fileAt, title, date, dateNote, language, description, o.start(), o.path(), ok);
    }

    private String language(DocumentPlace path) throws IOException {
        String s = in.string(path, "language");
        if (s == null || isLanguageTag(s)) {
            return s;
        }
        parse.problems.error(in.at(), path.key("language"), Msg.of("problem.language", TextRules.quoted(s)));
        return null;
    }

    /** A BCP 47 tag in its common form: a 2–3 letter lower-case language, then subtags of 2–8 letters or digits. */
    static boolean isLanguageTag(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
            i++;
        }
        if (i < 2 || i > 3 || n > 35) {
            return false;
        }
        while (i < n) {
            if (s.charAt(i) != '-') {
                return false;
            }
            int start = ++i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            if (i - start < 2 || i - start > 8) {
                return false;
            }
        }
        return true;
    }

    /** Reads the texts of the sources once the list is complete, and makes them ready for quote checks. */
    List<Source> loadSources(List<SourceDraft> drafts) {
        var out = new ArrayList<Source>(drafts.size());
        for (SourceDraft d : drafts) {
            if (d.file() == null) {
                continue;
            }
            SourceFiles.Text t = parse.files.read(d.file());
            if (t.text() == null) {
                parse.problems.error(d.fileAt(), d.path().key("file"), Msg.of("problem.sourceFile",
                        TextRules.quoted(d.file()), t.problem()));
                if (d.id() != null) {
                    parse.sources.add(new SourceTable.Entry(d.id(), null, null, d.at(), d.path()));
                }
                continue;
            }
            if (!d.complete()) {
                continue;
            }
            var source = new Source(d.id(), d.file(), d.title(), d.date(), d.dateNote(), d.language(), d.description(),
                    t.text());
            var quotes = new QuoteIndex(t.text(), parse.checkpoint);
            parse.sources.add(new SourceTable.Entry(d.id(), source, quotes, d.at(), d.path()));
            out.add(source);
        }
        parse.sources.markReady();
        return out;
    }
}
