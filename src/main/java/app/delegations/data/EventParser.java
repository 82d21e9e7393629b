package app.delegations.data;

import app.delegations.model.Attendance;
import app.delegations.model.Citation;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.PersonRole;
import app.delegations.model.PlaceRole;
import app.delegations.model.Text;
import app.delegations.text.Msg;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads events, with their participants and people; keeps where their dates stand for the later checks. */
final class EventParser {
    static final Fields PARTICIPATION = Fields.of("object.participant", "place*", "role*", "evidence*");
    static final Fields ATTENDANCE = Fields.of("object.attendance", Map.of("note", CommonParts.TEXT),
            "person*", "role*", "note", "evidence*");
    static final Fields EVENT = Fields.of("object.event", Map.of("title", CommonParts.NAMES, "description",
            CommonParts.TEXT, "participants", PARTICIPATION, "people", ATTENDANCE),
            "id*", "kind*", "title*", "parent", "start*", "end", "order*", "venue", "place",
            "description", "participants", "people", "organisations", "evidence*");

    private static final EnumWords<EventKind> KINDS = EnumWords.of(EventKind.values(), EventKind::json);
    private static final EnumWords<PlaceRole> PLACE_ROLES = EnumWords.of(PlaceRole.values(), PlaceRole::json);
    private static final EnumWords<PersonRole> PERSON_ROLES = EnumWords.of(PersonRole.values(), PersonRole::json);

    /** An event as read, with where its parent, dates and order stand in the file. */
    record Located(Event event, JsonPath path, long parentAt, long startAt, long endAt, long orderAt) {
    }

    private final ParseState parse;
    private final JsonCursor in;
    private final CommonParts common;
    private final EvidenceParser evidenceParser;
    private final RecordParsers records;

    EventParser(ParseState parse, CommonParts common, EvidenceParser evidenceParser, RecordParsers records) {
        this.parse = parse;
        this.in = parse.in;
        this.common = common;
        this.evidenceParser = evidenceParser;
        this.records = records;
    }

    Located event(DocumentPlace list, int index) throws IOException {
        FieldWalker o = in.object(list, null, index, EVENT);
        if (o == null) {
            return null;
        }
        DocumentPlace path = o;
        String id = null;
        EventKind kind = null;
        Names title = null;
        String parent = null;
        LocalDate start = null;
        LocalDate end = null;
        int order = Integer.MIN_VALUE;
        String venue = null;
        String place = null;
        Text description = null;
        List<Participation> participants = List.of();
        List<Attendance> people = List.of();
        List<String> organisations = List.of();
        List<Citation> evidence = null;
        long parentAt = -1;
        long startAt = -1;
        long endAt = -1;
        long orderAt = -1;
        boolean ok = true;
        while (o.next()) {
            switch (o.name()) {
                case "id" -> id = parse.idReader.definedId(path, Ids.Kind.EVENT);
                case "kind" -> kind = in.choice(path, "kind", KINDS);
                case "title" -> title = common.names(path, "title");
                case "parent" -> {
                    parentAt = in.at();
                    ok &= (parent = records.reference(path, "parent", Ids.Kind.EVENT)) != null;
                }
                case "start" -> {
                    startAt = in.at();
                    start = in.date(path, "start");
                }
                case "end" -> {
                    endAt = in.at();
                    ok &= (end = in.date(path, "end")) != null;
                }
                case "order" -> {
                    orderAt = in.at();
                    order = in.whole(path, "order", 1, 1_000_000);
                }
                case "venue" -> ok &= (venue = records.reference(path, "venue", Ids.Kind.VENUE)) != null;
                case "place" -> ok &= (place = records.reference(path, "place", Ids.Kind.PLACE)) != null;
                case "description" -> ok &= (description = common.text(path, "description")) != null;
                case "participants" -> ok &= (participants = participants(path)) != null;
                case "people" -> ok &= (people = people(path)) != null;
                case "organisations" -> ok &= (organisations = organisations(path)) != null;
                case "evidence" -> evidence = evidenceParser.read(path, EVENT);
                default -> throw new IllegalStateException(o.name());
            }
        }
        ok &= o.complete();
        if (start != null && end != null && end.isBefore(start)) {
            parse.problems.error(endAt, path.key("end"), Msg.of("problem.event.endsBefore", end.toString(),
                    start.toString()));
            ok = false;
        }
        if (!ok || id == null || kind == null || title == null || start == null || order == Integer.MIN_VALUE
                || evidence == null) {
            return null;
        }
        var event = new Event(id, kind, title, parent, start, end != null ? end : start, order, venue, place,
                description, participants, people, organisations, evidence);
        return new Located(event, o.path(), parentAt, startAt, endAt >= 0 ? endAt : startAt, orderAt);
    }

    private List<Participation> participants(DocumentPlace parent) throws IOException {
        if (!in.list(parent, "participants")) {
            return null;
        }
        var out = new ArrayList<Participation>();
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            FieldWalker o = in.object(parent, "participants", i, PARTICIPATION);
            if (o == null) {
                ok = false;
                continue;
            }
            DocumentPlace path = o;
            String place = null;
            PlaceRole role = null;
            List<Citation> evidence = null;
            while (o.next()) {
                switch (o.name()) {
                    case "place" -> place = records.reference(path, "place", Ids.Kind.PLACE);
                    case "role" -> role = in.choice(path, "role", PLACE_ROLES);
                    case "evidence" -> evidence = evidenceParser.read(path, PARTICIPATION);
                    default -> throw new IllegalStateException(o.name());
                }
            }
            if (o.complete() && place != null && role != null && evidence != null) {
                out.add(new Participation(place, role, evidence));
            } else {
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private List<Attendance> people(DocumentPlace parent) throws IOException {
        if (!in.list(parent, "people")) {
            return null;
        }
        var out = new ArrayList<Attendance>();
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            FieldWalker o = in.object(parent, "people", i, ATTENDANCE);
            if (o == null) {
                ok = false;
                continue;
            }
            DocumentPlace path = o;
            String person = null;
            PersonRole role = null;
            Text note = null;
            List<Citation> evidence = null;
            boolean fine = true;
            while (o.next()) {
                switch (o.name()) {
                    case "person" -> person = records.reference(path, "person", Ids.Kind.PERSON);
                    case "role" -> role = in.choice(path, "role", PERSON_ROLES);
                    case "note" -> fine &= (note = common.text(path, "note")) != null;
                    case "evidence" -> evidence = evidenceParser.read(path, ATTENDANCE);
                    default -> throw new IllegalStateException(o.name());
                }
            }
            if (o.complete() && fine && person != null && role != null && evidence != null) {
                out.add(new Attendance(person, role, note, evidence));
            } else {
                ok = false;
            }
        }
        return ok ? out : null;
    }

    private List<String> organisations(DocumentPlace parent) throws IOException {
        if (!in.list(parent, "organisations")) {
            return null;
        }
        JsonPath list = parent.key("organisations");
        var out = new ArrayList<String>();
        boolean ok = true;
        for (int i = 0; in.nextElement(); i++) {
            String id = records.reference(list.index(i), null, Ids.Kind.ORGANISATION);
            if (id == null || !common.unique(out, id, list.index(i))) {
                ok = false;
            } else {
                out.add(id);
            }
        }
        return ok ? out : null;
    }
}
