package app.delegations.ui.details;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Event;
import app.delegations.model.Participation;
import app.delegations.model.Place;
import app.delegations.model.PlaceRole;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Evidence;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "meetings" section that opens the details of a place or a country: a partner's history first. One fact
 * per event, in date order ({@link #BY_DATE}; the pane lists them the latest first, {@link #newestFirst}); the label
 * is the date, the value the event's title (a link to it).
 * <ul>
 *   <li>For a place, every event the index says it took part in ({@link DatasetIndex#eventsOf}, so inherited
 *   participation too); the note is its role there ("Participant", "Presenter"), or, when it is not named there,
 *   its role at the event whose participants it attends through, with the evidence of that role ("as host of
 *   “…”" for the host of the conference a summary closes). A presentation it gave is a meeting of its own (its
 *   row says "Presenter"), so the note of the event it was given at does not name it again: each is listed
 *   once, here and in the brief made from these facts.</li>
 *   <li>For a country, every event any of its places took part in; the note names those places, in the file's
 *   order, and the evidence is that of each place's part in it, found as for a place.</li>
 * </ul>
 */
final class Meetings {
    /** Events by date: first day, then the order the source mentions them in; ties keep the file's order. */
    static final Comparator<Event> BY_DATE = Comparator.comparing(Event::start).thenComparingInt(Event::order);

    private final DatasetIndex index;
    private final Wording w;
    private final Messages m;
    private final Locale locale;

    Meetings(DatasetIndex index, Wording wording) {
        this.index = index;
        this.w = wording;
        this.m = wording.m;
        this.locale = wording.locale;
    }

    /** The meetings of a place, with its role at each. */
    Section of(Place p) {
        var events = new ArrayList<>(index.eventsOf(p.id())); // in the file's order, which the stable sort keeps
        events.sort(BY_DATE);
        var facts = new ArrayList<Fact>(events.size());
        for (Event e : events) {
            PlaceRole role = index.directRole(e, p.id());
            String note;
            List<Evidence> ev;
            if (role != null) {
                note = m.label("role", role.json());
                ev = participationEvidence(e, p.id());
            } else {
                Event via = EventDetails.firstWithParticipants(w.data, e); // its role there
                PlaceRole viaRole = via == null ? null : index.directRole(via, p.id());
                note = viaRole == null ? null : EventDetails.through(m, viaRole, via.title().in(locale));
                ev = evidence(e, p.id());
            }
            facts.add(new Fact(w.formats.range(e.start(), e.end()), e.title().in(locale), note, ev, e));
        }
        return new Section("meetings", m.get("details.section.meetings"), facts);
    }

    /** The meetings of the places of a country, each naming which of its places took part. */
    Section of(List<Place> places) {
        var placesAt = new IdentityHashMap<Event, List<Place>>();
        var evidenceAt = new IdentityHashMap<Event, List<Evidence>>();
        for (Place p : places) {
            for (Event e : index.eventsOf(p.id())) {
                placesAt.computeIfAbsent(e, k -> new ArrayList<>()).add(p);
                evidenceAt.computeIfAbsent(e, k -> new ArrayList<>()).addAll(evidence(e, p.id()));
            }
        }
        var events = new ArrayList<>(placesAt.keySet());
        var position = filePosition(placesAt);
        events.sort(BY_DATE.thenComparingInt(position::get));
        var facts = new ArrayList<Fact>(events.size());
        for (Event e : events) {
            var names = new ArrayList<String>();
            for (Place p : placesAt.get(e)) {
                names.add(p.names().in(locale));
            }
            facts.add(new Fact(w.formats.range(e.start(), e.end()), e.title().in(locale), String.join(", ", names),
                    Citations.dedupe(evidenceAt.get(e)), e));
        }
        return new Section("meetings", m.get("details.section.meetings"), facts);
    }

    /** Where each of these events stands in the file, for the last tie-break. */
    private Map<Event, Integer> filePosition(Map<Event, ?> events) {
        var position = new IdentityHashMap<Event, Integer>(events.size());
        int i = 0;
        for (Event e : w.data.events()) {
            if (events.containsKey(e)) {
                position.put(e, i);
            }
            i++;
        }
        return position;
    }

    /**
     * The evidence that the place took part in the event: its participation's there, or, when the event does not
     * name it, that of its participation in the event it attends through; so a place's meetings and its country's
     * cite one meeting alike.
     */
    private List<Evidence> evidence(Event e, String placeId) {
        if (index.directRole(e, placeId) != null) {
            return participationEvidence(e, placeId);
        }
        Event via = EventDetails.firstWithParticipants(w.data, e);
        return via == null || index.directRole(via, placeId) == null ? List.of() : participationEvidence(via, placeId);
    }

    private List<Evidence> participationEvidence(Event e, String placeId) {
        var list = new ArrayList<Evidence>();
        for (Participation part : e.participants()) {
            if (part.place().equals(placeId)) {
                list.addAll(w.cite.all(part.evidence()));
            }
        }
        return list;
    }

    /**
     * A partner's meetings as the officer asks about them, "what did we do with them last time?": the latest day
     * first, a day's events in their order that day, so that the first batch shown holds the most recent ones.
     */
    static List<Fact> newestFirst(List<Fact> meetings) {
        Comparator<Fact> byDay = Comparator.comparing(f -> f.link() instanceof Event e ? e.start() : LocalDate.MIN);
        return meetings.stream().sorted(byDay.reversed().thenComparingInt(f -> f.link() instanceof Event e
                ? e.order() : 0)).toList();
    }
}
