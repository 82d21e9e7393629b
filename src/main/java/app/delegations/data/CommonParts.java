package app.delegations.data;

import app.delegations.model.Coordinates;
import app.delegations.model.Names;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The small parts records share: names, texts in both languages, lists of texts and coordinates. Each is read
 * whole or not at all: a part with a problem is reported where it stands and read as null. Evidence, the
 * other shared part, is read by {@link EvidenceParser}.
 */
final class CommonParts {
    static final Fields NAMES = Fields.of("object.names", "pl*", "en*", "native*", "aliases");
    static final Fields TEXT = Fields.of("object.text", "pl*", "en*");
    static final Fields COORDINATES = Fields.of("object.coordinates", "lat*", "lon*", "seat");

    private final ParseState parse;
    private final JsonCursor in;

    CommonParts(ParseState parse) {
        this.parse = parse;
        this.in = parse.in;
    }

    Names names(DocumentPlace parent, String key) throws IOException {
        FieldWalker o = in.object(parent, key, -1, NAMES);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String pl = null;
        String en = null;
        String nativeName = null;
        List<String> aliases = List.of();
        while (o.next()) {
            switch (o.name()) {
                case "pl" -> pl = in.text(path, "pl");
                case "en" -> en = in.text(path, "en");
                case "native" -> nativeName = in.text(path, "native");
                case "aliases" -> aliases = texts(path, "aliases");
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && pl != null && en != null && nativeName != null && aliases != null
                ? new Names(pl, en, nativeName, aliases) : null;
    }

    /** A list of non-empty texts, or null (reported) when it is not one. */
    List<String> texts(DocumentPlace parent, String key) throws IOException {
        if (!in.list(parent, key)) {
            return null;
        }
        var out = new ArrayList<String>();
        JsonPath path = parent.key(key);
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            String s = in.text(path.index(i), null);
            if (s == null || !unique(out, s, path.index(i))) {
                ok = false;
            } else {
                out.add(s);
            }
        }
        return ok ? out : null;
    }

    Text text(DocumentPlace parent, String key) throws IOException {
        FieldWalker o = in.object(parent, key, -1, TEXT);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String pl = null;
        String en = null;
        while (o.next()) {
            switch (o.name()) {
                case "pl" -> pl = in.text(path, "pl");
                case "en" -> en = in.text(path, "en");
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && pl != null && en != null ? new Text(pl, en) : null;
    }

    Coordinates coordinates(DocumentPlace parent, String key) throws IOException {
        FieldWalker o = in.object(parent, key, -1, COORDINATES);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        double lat = Double.NaN;
        double lon = Double.NaN;
        String seat = null;
        String latText = null;
        String lonText = null;
        while (o.next()) {
            switch (o.name()) {
                case "lat" -> {
                    lat = in.number(path, "lat", -90, 90, Msg.of("value.latitude"));
                    latText = in.parser().getText(); // as written, for the canonical writer to keep
                }
                case "lon" -> {
                    lon = in.number(path, "lon", -180, 180, Msg.of("value.longitude"));
                    lonText = in.parser().getText();
                }
                case "seat" -> seat = in.text(path, "seat");
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && !Double.isNaN(lat) && !Double.isNaN(lon)
                ? new Coordinates(lat, lon, seat, latText, lonText) : null;
    }

    /** False (reported) when {@code value} is already in the (short) list. */
    boolean unique(List<String> before, String value, DocumentPlace path) {
        if (before.contains(value)) {
            parse.problems.error(in.at(), path, Msg.of("problem.list.twice", TextRules.quoted(value)));
            return false;
        }
        return true;
    }
}
