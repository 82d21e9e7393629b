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
import app.delegations.model.Text;
import app.delegations.model.Venue;
import app.delegations.text.Msg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the records of the lists other than sources and events: countries, places, venues, organisations, people. */
final class RecordParsers {
    static final Fields COUNTRY = Fields.of("object.country", Map.of("names", CommonParts.NAMES),
            "code*", "names*", "evidence*");
    static final Fields PLACE = Fields.of("object.place", Map.of("names", CommonParts.NAMES, "coordinates",
            CommonParts.COORDINATES, "note", CommonParts.TEXT),
            "id*", "kind*", "names*", "country*", "coordinates", "note", "evidence*");
    static final Fields VENUE = Fields.of("object.venue", Map.of("names", CommonParts.NAMES, "coordinates",
            CommonParts.COORDINATES, "description", CommonParts.TEXT),
            "id*", "names*", "place", "coordinates", "description", "evidence*");
    static final Fields ORGANISATION = Fields.of("object.organisation", Map.of("names", CommonParts.NAMES,
            "description", CommonParts.TEXT), "id*", "kind*", "names*", "place", "description", "evidence*");
    static final Fields POSITION = Fields.of("object.position", Map.of("title", CommonParts.TEXT),
            "title*", "organisation", "place");
    static final Fields PERSON = Fields.of("object.person", Map.of("names", CommonParts.NAMES, "positions", POSITION),
            "id*", "names*", "honorific", "positions", "evidence*");

    private static final EnumWords<PlaceKind> PLACE_KINDS = EnumWords.of(PlaceKind.values(), PlaceKind::json);
    private static final EnumWords<OrganisationKind> ORGANISATION_KINDS =
            EnumWords.of(OrganisationKind.values(), OrganisationKind::json);
    /** The codes a country may have: ISO 3166-1 alpha-2, and XK. The schema's enumeration is the same list. */
    static final Set<String> ISO_COUNTRIES = isoCountries();

    private final ParseState parse;
    private final JsonCursor in;
    private final CommonParts common;
    private final EvidenceParser evidenceParser;

    RecordParsers(ParseState parse, CommonParts common, EvidenceParser evidenceParser) {
        this.parse = parse;
        this.in = parse.in;
        this.common = common;
        this.evidenceParser = evidenceParser;
    }

    Country country(DocumentPlace list, int index) throws IOException {
        FieldWalker o = in.object(list, null, index, COUNTRY);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String code = null;
        Names names = null;
        List<Citation> evidence = null;
        while (o.next()) {
            switch (o.name()) {
                case "code" -> {
                    code = parse.idReader.countryCode(path, "code");
                    parse.ids.define(Ids.Kind.COUNTRY, code, in.at(), path, "code"); // defined even if not ISO:
                    if (code != null && !ISO_COUNTRIES.contains(code)) { // references to it are not wrong too
                        parse.problems.error(in.at(), path.key("code"), Msg.of("problem.country.notIso",
                                "\"" + code + "\""));
                        code = null;
                    }
                }
                case "names" -> names = common.names(path, "names");
                case "evidence" -> evidence = evidenceParser.read(path, COUNTRY);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && code != null && names != null && evidence != null
                ? new Country(code, names, evidence) : null;
    }

    Place place(DocumentPlace list, int index) throws IOException {
        FieldWalker o = in.object(list, null, index, PLACE);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
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
                case "id" -> id = parse.idReader.definedId(path, Ids.Kind.PLACE);
                case "kind" -> kind = in.choice(path, "kind", PLACE_KINDS);
                case "names" -> names = common.names(path, "names");
                case "country" -> country = parse.idReader.countryReference(path, "country");
                case "coordinates" -> ok &= (coordinates = common.coordinates(path, "coordinates")) != null;
                case "note" -> ok &= (note = common.text(path, "note")) != null;
                case "evidence" -> evidence = evidenceParser.read(path, PLACE);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && kind != null && names != null && country != null && evidence != null
                ? new Place(id, kind, names, country, coordinates, note, evidence) : null;
    }

    Venue venue(DocumentPlace list, int index) throws IOException {
        FieldWalker o = in.object(list, null, index, VENUE);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String id = null;
        Names names = null;
        String place = null;
        Coordinates coordinates = null;
        Text description = null;
        List<Citation> evidence = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> id = parse.idReader.definedId(path, Ids.Kind.VENUE);
                case "names" -> names = common.names(path, "names");
                case "place" -> ok &= (place = reference(path, "place", Ids.Kind.PLACE)) != null;
                case "coordinates" -> ok &= (coordinates = common.coordinates(path, "coordinates")) != null;
                case "description" -> ok &= (description = common.text(path, "description")) != null;
                case "evidence" -> evidence = evidenceParser.read(path, VENUE);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && names != null && evidence != null
                ? new Venue(id, names, place, coordinates, description, evidence) : null;
    }

    Organisation organisation(DocumentPlace list, int index) throws IOException {
        FieldWalker o = in.object(list, null, index, ORGANISATION);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String id = null;
        OrganisationKind kind = null;
        Names names = null;
        String place = null;
        Text description = null;
        List<Citation> evidence = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> id = parse.idReader.definedId(path, Ids.Kind.ORGANISATION);
                case "kind" -> kind = in.choice(path, "kind", ORGANISATION_KINDS);
                case "names" -> names = common.names(path, "names");
                case "place" -> ok &= (place = reference(path, "place", Ids.Kind.PLACE)) != null;
                case "description" -> ok &= (description = common.text(path, "description")) != null;
                case "evidence" -> evidence = evidenceParser.read(path, ORGANISATION);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && kind != null && names != null && evidence != null
                ? new Organisation(id, kind, names, place, description, evidence) : null;
    }

    Person person(DocumentPlace list, int index) throws IOException {
        FieldWalker o = in.object(list, null, index, PERSON);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String id = null;
        Names names = null;
        String honorific = null;
        List<Position> positions = List.of();
        List<Citation> evidence = null;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> id = parse.idReader.definedId(path, Ids.Kind.PERSON);
                case "names" -> names = common.names(path, "names");
                case "honorific" -> ok &= (honorific = in.text(path, "honorific")) != null;
                case "positions" -> ok &= (positions = positions(path)) != null;
                case "evidence" -> evidence = evidenceParser.read(path, PERSON);
                default -> throw new IllegalStateException(o.name());
            }
        }
        return o.complete() && ok && id != null && names != null && evidence != null
                ? new Person(id, names, honorific, positions, evidence) : null;
    }

    private List<Position> positions(DocumentPlace parent) throws IOException {
        if (!in.list(parent, "positions")) {
            return null;
        }
        var out = new ArrayList<Position>(2);
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            FieldWalker o = in.object(parent, "positions", i, POSITION);
            if (o == null) {
                ok = false;
                continue;
            }
            DocumentPlace path = o;
            Text title = null;
            String organisation = null;
            String place = null;
            while (o.next()) {
                switch (o.name()) {
                    case "title" -> title = common.text(path, "title");
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
    String reference(DocumentPlace path, String key, Ids.Kind kind) throws IOException {
        return parse.idReader.reference(path, key, kind);
    }

    private static Set<String> isoCountries() {
        var set = new HashSet<>(Set.of(Locale.getISOCountries()));
        set.add("XK"); // Kosovo: user-assigned in ISO 3166-1, used for it by the EU and most registries
        return Set.copyOf(set);
    }
}
