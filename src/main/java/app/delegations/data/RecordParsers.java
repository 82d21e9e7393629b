package app.delegations.data;

import app.delegations.model.Citation;
import app.delegations.model.Coordinates;
import app.delegations.model.Country;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.OrganisationKind;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.PlaceKind;
import app.delegations.model.Position;
import app.delegations.model.Source;
import app.delegations.model.Text;
import app.delegations.model.Venue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the records of the lists other than events: sources, countries, places, venues, organisations, people. */
final class RecordParsers {
    static final Fields SOURCE = Fields.of("a source", Map.of("title", CommonParts.TEXT, "dateNote", CommonParts.TEXT,
            "description", CommonParts.TEXT), "id*", "file*", "title*", "date", "dateNote", "language*", "description");
    static final Fields COUNTRY = Fields.of("a country", Map.of("names", CommonParts.NAMES),
            "code*", "names*", "evidence*");
    static final Fields PLACE = Fields.of("a place", Map.of("names", CommonParts.NAMES, "coordinates",
            CommonParts.COORDINATES, "note", CommonParts.TEXT),
            "id*", "kind*", "names*", "country*", "coordinates", "note", "evidence*");
    static final Fields VENUE = Fields.of("a venue", Map.of("names", CommonParts.NAMES, "coordinates",
            CommonParts.COORDINATES, "description", CommonParts.TEXT),
            "id*", "names*", "place", "coordinates", "description", "evidence*");
    static final Fields ORGANISATION = Fields.of("an organisation", Map.of("names", CommonParts.NAMES,
            "description", CommonParts.TEXT), "id*", "kind*", "names*", "place", "description", "evidence*");
    static final Fields POSITION = Fields.of("a position", Map.of("title", CommonParts.TEXT),
            "title*", "organisation", "place");
    static final Fields PERSON = Fields.of("a person", Map.of("names", CommonParts.NAMES),
            "id*", "names*", "honorific", "positions", "evidence*");

    private static final Map<String, PlaceKind> PLACE_KINDS = Parse.values(PlaceKind.values(), PlaceKind::json);
    private static final Map<String, OrganisationKind> ORGANISATION_KINDS =
            Parse.values(OrganisationKind.values(), OrganisationKind::json);
    private static final Set<String> ISO_COUNTRIES = isoCountries();

    private final Parse parse;
    private final JsonCursor in;
    private final CommonParts common;

    RecordParsers(Parse parse, CommonParts common) {
        this.parse = parse;
        this.in = parse.in;
        this.common = common;
    }

    /** A source as read from the list, before its text is loaded. */
    record SourceDraft(String id, String file, long fileAt, Text title, LocalDate date, Text dateNote, String language,
                       Text description, long at, JsonPath path, boolean complete) {
    }

    SourceDraft source(JsonPath path) throws IOException {
        ObjectReader o = in.object(path, SOURCE);
        if (o == null) {
            return null;
        }
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
                    id = in.id(path, "id");
                    ok &= parse.ids.define(Ids.Kind.SOURCE, id, in.at(), path.key("id"));
                }
                case "file" -> {
                    fileAt = in.at();
                    file = in.text(path, "file");
                }
                case "title" -> title = common.text(path.key("title"));
                case "date" -> ok &= (date = in.date(path, "date")) != null;
                case "dateNote" -> ok &= (dateNote = common.text(path.key("dateNote"))) != null;
                case "language" -> language = language(path);
                case "description" -> ok &= (description = common.text(path.key("description"))) != null;
                default -> throw new IllegalStateException(o.name());
            }
        }
        ok &= o.complete() && id != null && file != null && title != null && language != null;
        return new SourceDraft(id, file, fileAt, title, date, dateNote, language, description, o.start(), path, ok);
    }

    private String language(JsonPath path) throws IOException {
        String s = in.string(path, "language");
        if (s == null || isLanguageTag(s)) {
            return s;
        }
        parse.problems.error(in.at(), path.key("language"), "expected a language code such as \"pl\" or \"en\", found "
                + JsonCursor.quoted(s));
        return null;
    }

    /** A BCP 47 tag in its common form: a 2–3 letter lower-case language, then subtags of letters and digits. */
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
            if (i - start < 1 || i - start > 8) {
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
                parse.problems.error(d.fileAt(), d.path().key("file"), "the source file " + JsonCursor.quoted(d.file())
                        + " " + t.problem());
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
            parse.sources.add(new SourceTable.Entry(d.id(), source, new QuoteIndex(t.text()), d.at(), d.path()));
            out.add(source);
        }
        parse.sources.markReady();
        return out;
    }

    Country country(JsonPath path) throws IOException {
        ObjectReader o = in.object(path, COUNTRY);
        if (o == null) {
            return null;
        }
        String code = null;
        Names names = null;
        List<Citation> evidence = null;
        while (o.next()) {
            switch (o.name()) {
                case "code" -> {
                    code = in.countryCode(path, "code");
                    if (code != null && !ISO_COUNTRIES.contains(code)) {
                        parse.problems.error(in.at(), path.key("code"), "\"" + code
                                + "\" is not an ISO 3166-1 alpha-2 country code");
                        code = null;
                    }
                    parse.ids.define(Ids.Kind.COUNTRY, code, in.at(), path.key("code"));
                }
                case "names" -> names = common.names(path.key("names"));
                case "evidence" -> evidence = common.evidence(path, COUNTRY);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && code != null && names != null && evidence != null
                ? new Country(code, names, evidence) : null;
    }

    Place place(JsonPath path) throws IOException {
        ObjectReader o = in.object(path, PLACE);
        if (o == null) {
            return null;
        }
        String id = null;
        PlaceKind kind = null;
        Names names = null;
        String country = null;
        Coordinates coordinates = null;
        Text note = null;
        List<Citation> evidence = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> {
                    id = in.id(path, "id");
                    parse.ids.define(Ids.Kind.PLACE, id, in.at(), path.key("id"));
                }
                case "kind" -> kind = in.choice(path, "kind", PLACE_KINDS);
                case "names" -> names = common.names(path.key("names"));
                case "country" -> {
                    country = in.countryCode(path, "country");
                    parse.ids.refer(Ids.Kind.COUNTRY, country, in.at(), path.key("country"));
                }
                case "coordinates" -> ok &= (coordinates = common.coordinates(path.key("coordinates"))) != null;
                case "note" -> ok &= (note = common.text(path.key("note"))) != null;
                case "evidence" -> evidence = common.evidence(path, PLACE);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && kind != null && names != null && country != null && evidence != null
                ? new Place(id, kind, names, country, coordinates, note, evidence) : null;
    }

    Venue venue(JsonPath path) throws IOException {
        ObjectReader o = in.object(path, VENUE);
        if (o == null) {
            return null;
        }
        String id = null;
        Names names = null;
        String place = null;
        Coordinates coordinates = null;
        Text description = null;
        List<Citation> evidence = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> {
                    id = in.id(path, "id");
                    parse.ids.define(Ids.Kind.VENUE, id, in.at(), path.key("id"));
                }
                case "names" -> names = common.names(path.key("names"));
                case "place" -> ok &= (place = reference(path, "place", Ids.Kind.PLACE)) != null;
                case "coordinates" -> ok &= (coordinates = common.coordinates(path.key("coordinates"))) != null;
                case "description" -> ok &= (description = common.text(path.key("description"))) != null;
                case "evidence" -> evidence = common.evidence(path, VENUE);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && names != null && evidence != null
                ? new Venue(id, names, place, coordinates, description, evidence) : null;
    }

    Organisation organisation(JsonPath path) throws IOException {
        ObjectReader o = in.object(path, ORGANISATION);
        if (o == null) {
            return null;
        }
        String id = null;
        OrganisationKind kind = null;
        Names names = null;
        String place = null;
        Text description = null;
        List<Citation> evidence = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> {
                    id = in.id(path, "id");
                    parse.ids.define(Ids.Kind.ORGANISATION, id, in.at(), path.key("id"));
                }
                case "kind" -> kind = in.choice(path, "kind", ORGANISATION_KINDS);
                case "names" -> names = common.names(path.key("names"));
                case "place" -> ok &= (place = reference(path, "place", Ids.Kind.PLACE)) != null;
                case "description" -> ok &= (description = common.text(path.key("description"))) != null;
                case "evidence" -> evidence = common.evidence(path, ORGANISATION);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && kind != null && names != null && evidence != null
                ? new Organisation(id, kind, names, place, description, evidence) : null;
    }

    Person person(JsonPath path) throws IOException {
        ObjectReader o = in.object(path, PERSON);
        if (o == null) {
            return null;
        }
        String id = null;
        Names names = null;
        String honorific = null;
        List<Position> positions = List.of();
        List<Citation> evidence = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> {
                    id = in.id(path, "id");
                    parse.ids.define(Ids.Kind.PERSON, id, in.at(), path.key("id"));
                }
                case "names" -> names = common.names(path.key("names"));
                case "honorific" -> ok &= (honorific = in.text(path, "honorific")) != null;
                case "positions" -> ok &= (positions = positions(path)) != null;
                case "evidence" -> evidence = common.evidence(path, PERSON);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && names != null && evidence != null
                ? new Person(id, names, honorific, positions, evidence) : null;
    }

    private List<Position> positions(JsonPath parent) throws IOException {
        if (!in.list(parent, "positions")) {
            return null;
        }
        JsonPath list = parent.key("positions");
        var out = new ArrayList<Position>(2);
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            JsonPath path = list.index(i);
            ObjectReader o = in.object(path, POSITION);
            if (o == null) {
                ok = false;
                continue;
            }
            Text title = null;
            String organisation = null;
            String place = null;
            while (o.next()) {
                switch (o.name()) {
                    case "title" -> title = common.text(path.key("title"));
                    case "organisation" -> ok &= (organisation = reference(path, "organisation",
                            Ids.Kind.ORGANISATION)) != null;
                    case "place" -> ok &= (place = reference(path, "place", Ids.Kind.PLACE)) != null;
                    default -> throw new IllegalStateException(o.name());
                }
            }
            if (o.complete() && title != null) {
                out.add(new Position(title, organisation, place));
            } else {
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** An id that refers to a record of {@code kind}; checked once the whole file is read. */
    String reference(JsonPath path, String key, Ids.Kind kind) throws IOException {
        String id = in.id(path, key);
        parse.ids.refer(kind, id, in.at(), JsonCursor.path(path, key));
        return id;
    }

    private static Set<String> isoCountries() {
        var set = new HashSet<>(Set.of(Locale.getISOCountries()));
        set.add("XK"); // Kosovo: user-assigned in ISO 3166-1, used for it by the EU and most registries
        return Set.copyOf(set);
    }
}
