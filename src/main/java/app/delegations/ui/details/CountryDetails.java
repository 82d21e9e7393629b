package app.delegations.ui.details;

import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Place;
import app.delegations.ui.common.Messages;
import app.delegations.ui.details.Details.Fact;
import app.delegations.ui.details.Details.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The details of a country: first its {@link Meetings} (the events any of its places took part in, in date
 * order, each naming those places), then its names, its ISO code, and its places (links, in the file's order)
 * with their count.
 */
final class CountryDetails {
    private final Meetings meetings;
    private final Wording w;
    private final Messages m;

    CountryDetails(DatasetIndex index, Wording wording) {
        this.meetings = new Meetings(index, wording);
        this.w = wording;
        this.m = wording.m;
    }

    Details build(Country c) {
        var ofCountry = new ArrayList<Place>();
        for (Place p : w.data.places()) {
            if (p.country().equals(c.code())) {
                ofCountry.add(p);
            }
        }
        var sections = new ArrayList<Section>();
        sections.add(meetings.of(ofCountry));
        sections.add(w.names(c.names(), c.evidence()));
        sections.add(new Section("about", m.get("details.section.about"),
                List.of(new Fact(m.get("details.code"), c.code(), w.cite.field(c.evidence(), "code")))));
        var places = new ArrayList<Fact>();
        for (Place p : ofCountry) {
            places.add(new Fact(m.label("kind", p.kind().json()), p.names().in(w.locale), null,
                    w.cite.whole(p.evidence()), p));
        }
        sections.add(new Section("places", m.get("details.section.places"), places));
        return new Details(m.get("details.kind.country"), c.names().in(w.locale),
                c.code() + " · " + m.count("details.places.count", places.size()), sections, w.cite.whole(c.evidence()));
    }
}
