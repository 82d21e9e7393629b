package app.delegations.ui.edit;

import app.delegations.data.edit.RecordEdit;
import app.delegations.model.Country;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Source;
import app.delegations.model.Venue;
import app.delegations.ui.common.Messages;

import java.util.Locale;

/** A record named for a question in the UI's language: "place Kraków (krakow)", "event Congress (2016-11-28)". */
final class Labels {
    private Labels() {
    }

    static String of(Record r, Messages m) {
        Locale l = m.locale();
        String name;
        if (r instanceof Place p) {
            name = p.names().in(l);
        } else if (r instanceof Country c) {
            name = c.names().in(l);
        } else if (r instanceof Venue v) {
            name = v.names().in(l);
        } else if (r instanceof Organisation o) {
            name = o.names().in(l);
        } else if (r instanceof Person p) {
            name = p.names().in(l);
        } else if (r instanceof Event e) {
            name = e.title().in(l) + ", " + e.start();
        } else if (r instanceof Source s) {
            name = s.title().in(l);
        } else {
            name = "";
        }
        return m.format("edit.label", m.get("edit.kind." + r.getClass().getSimpleName().toLowerCase(Locale.ROOT)),
                name, RecordEdit.id(r));
    }
}
