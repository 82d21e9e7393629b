package app.delegations.data.write;

import app.delegations.model.Citation;
import app.delegations.model.Coordinates;
import app.delegations.model.Names;
import app.delegations.model.Text;
import java.util.List;

/**
 * The parts records share, as {@link CanonicalWriter} writes them: evidence (a citation without a reason on one
 * line when it fits), names, texts in both languages, coordinates as written, lists of strings. An optional part
 * that is absent (null, or an empty list of strings) is not written at all.
 */
final class Parts {
    private Parts() {
    }

    static void evidence(JsonLines out, List<Citation> evidence) {
        out.list("evidence", evidence, Parts::citation);
    }

    private static void citation(JsonLines out, Citation c) {
        if (c.reason() == null) {
            out.flat(c, Parts::citationMembers);
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

    static void names(JsonLines out, String key, Names names) {
        out.key(key);
        out.flat(names, Parts::namesValue);
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
    static void text(JsonLines out, String key, Text text) {
        if (text != null) {
            out.key(key);
            out.flat(text, Parts::textValue);
        }
    }

    private static void textValue(JsonLines out, Text t) {
        out.beginObject();
        out.string("pl", t.pl());
        out.string("en", t.en());
        out.endObject();
    }

    static void coordinates(JsonLines out, Coordinates c) {
        if (c != null) {
            out.key("coordinates");
            out.flat(c, Parts::coordinatesValue);
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
    static void strings(JsonLines out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.key(key);
            out.flat(values, Parts::stringsValue);
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
