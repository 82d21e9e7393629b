package app.delegations.ui.cite;

import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.model.Venue;
import app.delegations.text.TextFold;
import java.util.ArrayList;
import java.util.List;

/**
 * The records a passage can be cited for — places, countries, events, people, organisations and venues — with
 * their names and kinds, and the search over them: every word typed must occur in the record's names (Polish,
 * English, native, aliases), ignoring case and diacritics, as the window's search does.
 */
final class CitedRecords {
    private CitedRecords() {
    }

    /** Every record that carries evidence, in this order: places, countries, events, people, organisations, venues. */
    static List<Record> all(Dataset data) {
        var out = new ArrayList<Record>();
        out.addAll(data.places());
        out.addAll(data.countries());
        out.addAll(data.events());
        out.addAll(data.people());
        out.addAll(data.organisations());
        out.addAll(data.venues());
        return out;
    }

    /** The records whose names match every word of {@code query} (all of them for a blank query). */
    static List<Record> search(List<Record> records, String query) {
        List<String> words = TextFold.words(query);
        if (words.isEmpty()) {
            return records;
        }
        var out = new ArrayList<Record>();
        for (Record r : records) {
            String names = TextFold.fold(String.join(" ", names(r).all()));
            if (words.stream().allMatch(names::contains)) {
                out.add(r);
            }
        }
        return out;
    }

    static Names names(Record r) {
        if (r instanceof Place p) {
            return p.names();
        } else if (r instanceof Country c) {
            return c.names();
        } else if (r instanceof Event e) {
            return e.title();
        } else if (r instanceof Person p) {
            return p.names();
        } else if (r instanceof Organisation o) {
            return o.names();
        } else if (r instanceof Venue v) {
            return v.names();
        }
        throw new IllegalArgumentException("not a cited record: " + r.getClass().getSimpleName());
    }

    /** The message key of the record's kind: {@code cite.kind.place}, … */
    static String kindKey(Record r) {
        if (r instanceof Place) {
            return "cite.kind.place";
        } else if (r instanceof Country) {
            return "cite.kind.country";
        } else if (r instanceof Event) {
            return "cite.kind.event";
        } else if (r instanceof Person) {
            return "cite.kind.person";
        } else if (r instanceof Organisation) {
            return "cite.kind.organisation";
        }
        return "cite.kind.venue";
    }
}
