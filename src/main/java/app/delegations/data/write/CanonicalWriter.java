package app.delegations.data.write;

import app.delegations.model.Attendance;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Participation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import java.util.Arrays;

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
        return lines(records).bytes();
    }

    /** The canonical text of {@code records}. */
    public static String writeString(Dataset records) {
        return lines(records).text();
    }

    private static JsonLines lines(Dataset records) {
        var out = new JsonLines(estimate(records));
        out.beginObject();
        out.string("$schema", SCHEMA);
        out.number("schemaVersion", records.schemaVersion());
        out.list("sources", records.sources(), CanonicalWriter::source);
        out.list("countries", records.countries(), CanonicalWriter::country);
        out.list("places", records.places(), CanonicalWriter::place);
        out.list("venues", records.venues(), CanonicalWriter::venue);
        out.list("organisations", records.organisations(), CanonicalWriter::organisation);
        out.list("people", records.people(), CanonicalWriter::person);
        out.list("events", records.events(), CanonicalWriter::event);
        out.endObject();
        out.end();
        return out;
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

    private static void source(JsonLines out, Source s) {
        out.beginObject();
        out.string("id", s.id());
        out.string("file", s.file());
        Parts.text(out, "title", s.title());
        if (s.date() != null) {
            out.string("date", s.date().toString());
        }
        Parts.text(out, "dateNote", s.dateNote());
        out.string("language", s.language());
        Parts.text(out, "description", s.description());
        out.endObject();
    }

    private static void country(JsonLines out, Country c) {
        out.beginObject();
        out.string("code", c.code());
        Parts.names(out, "names", c.names());
        Parts.evidence(out, c.evidence());
        out.endObject();
    }

    private static void place(JsonLines out, Place p) {
        out.beginObject();
        out.string("id", p.id());
        out.string("kind", p.kind().json());
        Parts.names(out, "names", p.names());
        out.string("country", p.country());
        Parts.coordinates(out, p.coordinates());
        Parts.text(out, "note", p.note());
        Parts.evidence(out, p.evidence());
        out.endObject();
    }

    private static void venue(JsonLines out, Venue v) {
        out.beginObject();
        out.string("id", v.id());
        Parts.names(out, "names", v.names());
        out.optional("place", v.place());
        Parts.coordinates(out, v.coordinates());
        Parts.text(out, "description", v.description());
        Parts.evidence(out, v.evidence());
        out.endObject();
    }

    private static void organisation(JsonLines out, Organisation o) {
        out.beginObject();
        out.string("id", o.id());
        out.string("kind", o.kind().json());
        Parts.names(out, "names", o.names());
        out.optional("place", o.place());
        Parts.text(out, "description", o.description());
        Parts.evidence(out, o.evidence());
        out.endObject();
    }

    private static void person(JsonLines out, Person p) {
        out.beginObject();
        out.string("id", p.id());
        Parts.names(out, "names", p.names());
        out.optional("honorific", p.honorific());
        if (!p.positions().isEmpty()) {
            out.list("positions", p.positions(), CanonicalWriter::position);
        }
        Parts.evidence(out, p.evidence());
        out.endObject();
    }

    private static void position(JsonLines out, Position p) {
        out.beginObject();
        Parts.text(out, "title", p.title());
        out.optional("organisation", p.organisation());
        out.optional("place", p.place());
        out.endObject();
    }

    private static void event(JsonLines out, Event e) {
        out.beginObject();
        out.string("id", e.id());
        out.string("kind", e.kind().json());
        Parts.names(out, "title", e.title());
        out.optional("parent", e.parent());
        out.string("start", e.start().toString());
        if (!e.end().equals(e.start())) {
            out.string("end", e.end().toString());
        }
        out.number("order", e.order());
        out.optional("venue", e.venue());
        out.optional("place", e.place());
        Parts.text(out, "description", e.description());
        if (!e.participants().isEmpty()) {
            out.list("participants", e.participants(), CanonicalWriter::participation);
        }
        if (!e.people().isEmpty()) {
            out.list("people", e.people(), CanonicalWriter::attendance);
        }
        Parts.strings(out, "organisations", e.organisations());
        Parts.evidence(out, e.evidence());
        out.endObject();
    }

    private static void participation(JsonLines out, Participation p) {
        out.beginObject();
        out.string("place", p.place());
        out.string("role", p.role().json());
        Parts.evidence(out, p.evidence());
        out.endObject();
    }

    private static void attendance(JsonLines out, Attendance a) {
        out.beginObject();
        out.string("person", a.person());
        out.string("role", a.role().json());
        Parts.text(out, "note", a.note());
        Parts.evidence(out, a.evidence());
        out.endObject();
    }
}
