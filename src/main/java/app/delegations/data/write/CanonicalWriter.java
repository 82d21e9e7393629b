package app.delegations.data.write;

import app.delegations.model.Attendance;
import app.delegations.model.Citation;
import app.delegations.model.Coordinates;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.model.Venue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The one writer of data files: a {@link Dataset} as the format's JSON text in its canonical form
 * (data/README.md, "Canonical form"), the form the bundled file is in. Guarantees:
 * <ul>
 *   <li>the keys in the format's order (the order the format's tables and the loader list them), an optional
 *       field only when it has a value (an event's {@code end} only when it differs from {@code start}, a
 *       citation's {@code fields}, a list of an event's or person's only when not empty); all seven lists always;
 *       {@code $schema} and {@code schemaVersion} first;</li>
 *   <li>two-space indentation, LF line ends on every system, UTF-8 without a byte-order mark, a line break at the
 *       end; names, texts, coordinates, citations without a reason and lists of ids on one line when it stays
 *       within {@value JsonLines#WIDTH} characters, everything else one member per line ({@link JsonLines});</li>
 *   <li>coordinates as the file wrote them ({@code 17.1910} stays so), every string as it is;</li>
 *   <li>everything the loader reads from a data file is written, so that reading the text back gives records
 *       equal to those written; writing a canonical file's records gives its very bytes. The source texts are
 *       files of their own and are not written here.</li>
 * </ul>
 * Stateless and thread-safe; touches nothing but its arguments. Records are written as they are: the caller
 * hands over the records of one file (for a file read alone see {@link FileRecords}).
 */
public final class CanonicalWriter {
    /** What {@code $schema} says: the schema beside the bundled file. */
    public static final String SCHEMA = "schema/delegations.schema.json";

    private CanonicalWriter() {
    }

    /** The canonical text of {@code records} as UTF-8 bytes. */
    public static byte[] write(Dataset records) {
        return writeString(records).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text of {@code records}. */
    public static String writeString(Dataset records) {
        var out = new JsonLines(estimate(records));
        out.beginObject();
        out.string("$schema", SCHEMA);
        out.number("schemaVersion", records.schemaVersion());
        list(out, "sources", records.sources(), CanonicalWriter::source);
        list(out, "countries", records.countries(), CanonicalWriter::country);
        list(out, "places", records.places(), CanonicalWriter::place);
        list(out, "venues", records.venues(), CanonicalWriter::venue);
        list(out, "organisations", records.organisations(), CanonicalWriter::organisation);
        list(out, "people", records.people(), CanonicalWriter::person);
        list(out, "events", records.events(), CanonicalWriter::event);
        out.endObject();
        out.end();
        return out.text();
    }

    /** True when {@code bytes} are exactly the canonical text of {@code records}. */
    public static boolean isCanonical(byte[] bytes, Dataset records) {
        return Arrays.equals(bytes, write(records));
    }

    private static int estimate(Dataset d) {
        long records = (long) d.countries().size() + d.places().size() + d.venues().size() + d.organisations().size()
                + d.people().size() + 3L * d.events().size() + d.sources().size();
        return (int) Math.min(Integer.MAX_VALUE - 16, 4096 + 600 * records);
    }

    private static <T> void list(JsonLines out, String key, List<T> records, BiConsumer<JsonLines, T> writer) {
        out.key(key);
        out.beginArray();
        for (T t : records) {
            out.element();
            writer.accept(out, t);
        }
        out.endArray();
    }

    private static void source(JsonLines out, Source s) {
        out.beginObject();
        out.string("id", s.id());
        out.string("file", s.file());
        text(out, "title", s.title());
        if (s.date() != null) {
            out.string("date", s.date().toString());
        }
        text(out, "dateNote", s.dateNote());
        out.string("language", s.language());
        text(out, "description", s.description());
        out.endObject();
    }

    private static void country(JsonLines out, Country c) {
        out.beginObject();
        out.string("code", c.code());
        names(out, "names", c.names());
        evidence(out, c.evidence());
        out.endObject();
    }

    private static void place(JsonLines out, Place p) {
        out.beginObject();
        out.string("id", p.id());
        out.string("kind", p.kind().json());
        names(out, "names", p.names());
        out.string("country", p.country());
        coordinates(out, p.coordinates());
        text(out, "note", p.note());
        evidence(out, p.evidence());
        out.endObject();
    }

    private static void venue(JsonLines out, Venue v) {
        out.beginObject();
        out.string("id", v.id());
        names(out, "names", v.names());
        out.optional("place", v.place());
        coordinates(out, v.coordinates());
        text(out, "description", v.description());
        evidence(out, v.evidence());
        out.endObject();
    }

    private static void organisation(JsonLines out, Organisation o) {
        out.beginObject();
        out.string("id", o.id());
        out.string("kind", o.kind().json());
        names(out, "names", o.names());
        out.optional("place", o.place());
        text(out, "description", o.description());
        evidence(out, o.evidence());
        out.endObject();
    }

    private static void person(JsonLines out, Person p) {
        out.beginObject();
        out.string("id", p.id());
        names(out, "names", p.names());
        out.optional("honorific", p.honorific());
        if (!p.positions().isEmpty()) {
            list(out, "positions", p.positions(), CanonicalWriter::position);
        }
        evidence(out, p.evidence());
        out.endObject();
    }

    private static void position(JsonLines out, Position p) {
        out.beginObject();
        text(out, "title", p.title());
        out.optional("organisation", p.organisation());
        out.optional("place", p.place());
        out.endObject();
    }

    private static void event(JsonLines out, Event e) {
        out.beginObject();
        out.string("id", e.id());
        out.string("kind", e.kind().json());
        names(out, "title", e.title());
        out.optional("parent", e.parent());
        out.string("start", e.start().toString());
        if (!e.end().equals(e.start())) {
            out.string("end", e.end().toString());
        }
        out.number("order", e.order());
        out.optional("venue", e.venue());
        out.optional("place", e.place());
        text(out, "description", e.description());
        if (!e.participants().isEmpty()) {
            list(out, "participants", e.participants(), CanonicalWriter::participation);
        }
        if (!e.people().isEmpty()) {
            list(out, "people", e.people(), CanonicalWriter::attendance);
        }
        strings(out, "organisations", e.organisations());
        evidence(out, e.evidence());
        out.endObject();
    }

    private static void participation(JsonLines out, Participation p) {
        out.beginObject();
        out.string("place", p.place());
        out.string("role", p.role().json());
        evidence(out, p.evidence());
        out.endObject();
    }

    private static void attendance(JsonLines out, Attendance a) {
        out.beginObject();
        out.string("person", a.person());
        out.string("role", a.role().json());
        text(out, "note", a.note());
        evidence(out, a.evidence());
        out.endObject();
    }

    private static void evidence(JsonLines out, List<Citation> evidence) {
        list(out, "evidence", evidence, CanonicalWriter::citation);
    }

    private static void citation(JsonLines out, Citation c) {
        if (c.reason() == null) {
            out.flat(c, CanonicalWriter::citationMembers);
        } else {
            citationMembers(out, c);
        }
    }

    private static void citationMembers(JsonLines out, Citation c) {
        out.beginObject();
        out.string("basis", c.basis().json());
        out.optional("source", c.source());
        out.optional("quote", c.quote());
        strings(out, "fields", c.fields());
        text(out, "reason", c.reason());
        out.endObject();
    }

    private static void names(JsonLines out, String key, Names names) {
        out.key(key);
        out.flat(names, CanonicalWriter::namesValue);
    }

    private static void namesValue(JsonLines out, Names n) {
        out.beginObject();
        out.string("pl", n.pl());
        out.string("en", n.en());
        out.string("native", n.nativeName());
        strings(out, "aliases", n.aliases());
        out.endObject();
    }

    /** A text in both languages, when not null. */
    private static void text(JsonLines out, String key, Text text) {
        if (text != null) {
            out.key(key);
            out.flat(text, CanonicalWriter::textValue);
        }
    }

    private static void textValue(JsonLines out, Text t) {
        out.beginObject();
        out.string("pl", t.pl());
        out.string("en", t.en());
        out.endObject();
    }

    private static void coordinates(JsonLines out, Coordinates c) {
        if (c != null) {
            out.key("coordinates");
            out.flat(c, CanonicalWriter::coordinatesValue);
        }
    }

    private static void coordinatesValue(JsonLines out, Coordinates c) {
        out.beginObject();
        out.number("lat", c.latText());
        out.number("lon", c.lonText());
        out.optional("seat", c.seat());
        out.endObject();
    }

    /** A list of strings, when not empty. */
    private static void strings(JsonLines out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.key(key);
            out.flat(values, CanonicalWriter::stringsValue);
        }
    }

    private static void stringsValue(JsonLines out, List<String> values) {
        out.beginArray();
        for (String v : values) {
            out.element();
            out.string(v);
        }
        out.endArray();
    }
}
