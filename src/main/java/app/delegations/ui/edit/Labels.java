package app.delegations.ui.edit;

import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import app.delegations.ui.common.Formats;
import app.delegations.ui.common.Messages;

import java.util.Locale;

/**
 * A record named for a question in the UI's language: "place Kraków (krakow)", "event Congress, 28–30 November 2016
 * (congress-2016)" (an event's dates as the window writes them).
 */
final class Labels {
    private Labels() {
    }

    static String of(Record r, Messages m) {
        return of(r, m, false);
    }

    /** The same as the object of "refers to": "miejsca Koszyce (kosice)" in Polish, as {@link #of} in English. */
    static String referredTo(Record r, Messages m) {
        return of(r, m, true);
    }

    private static String of(Record r, Messages m, boolean referredTo) {
        Locale l = m.locale();
        String name;
        String kind;
        if (r instanceof Place p) {
            name = p.names().in(l);
            kind = referredTo ? "edit.kindOf.place" : "edit.kind.place";
        } else if (r instanceof Country c) {
            name = c.names().in(l);
            kind = referredTo ? "edit.kindOf.country" : "edit.kind.country";
        } else if (r instanceof Venue v) {
            name = v.names().in(l);
            kind = referredTo ? "edit.kindOf.venue" : "edit.kind.venue";
        } else if (r instanceof Organisation o) {
            name = o.names().in(l);
            kind = referredTo ? "edit.kindOf.organisation" : "edit.kind.organisation";
        } else if (r instanceof Person p) {
            name = p.names().in(l);
            kind = referredTo ? "edit.kindOf.person" : "edit.kind.person";
        } else if (r instanceof Event e) {
            name = e.title().in(l) + ", " + new Formats(l).range(e.start(), e.end());
            kind = referredTo ? "edit.kindOf.event" : "edit.kind.event";
        } else if (r instanceof Source s) {
            name = s.title().in(l);
            kind = referredTo ? "edit.kindOf.source" : "edit.kind.source";
        } else {
            throw new IllegalArgumentException("not a record of a data file: " + r.getClass().getSimpleName());
        }
        return m.format("edit.label", m.get(kind), name, RecordEdit.id(r));
    }
}
