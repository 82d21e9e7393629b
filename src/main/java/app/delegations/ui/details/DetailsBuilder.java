package app.delegations.ui.details;

import app.delegations.data.RecordEvidence;
import app.delegations.index.DatasetIndex;
import app.delegations.model.Country;
import app.delegations.model.Entity;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.Person;
import app.delegations.model.Place;
import app.delegations.ui.common.Messages;

/**
 * Builds the {@link Details} of any selectable record in one language, handing it to the builder of its kind.
 * Pure: no UI, no state; the same record, data and language give equal details. Every kind of
 * {@link Entity} has a builder. (Java 17 has no exhaustive switch over a sealed interface, since patterns in
 * switch are a preview there; instead {@code DetailsViewModelTest.everyKindOfRecordHasDetails} builds one record
 * of each permitted kind, so a new kind fails that test until it is handled here.)
 */
public final class DetailsBuilder {
    private final PlaceDetails places;
    private final CountryDetails countries;
    private final EventDetails events;
    private final OrganisationDetails organisations;
    private final PersonDetails people;

    public DetailsBuilder(DatasetIndex index, Messages messages) {
        var wording = new Wording(index.dataset(), messages);
        this.places = new PlaceDetails(index, wording);
        this.countries = new CountryDetails(index, wording);
        this.events = new EventDetails(index, wording);
        this.organisations = new OrganisationDetails(wording);
        this.people = new PersonDetails(wording);
    }

    /** The record's details, marked "no source yet" when it has no citation of its own. */
    public Details build(Entity record) {
        Details d = kind(record);
        return RecordEvidence.none((Record) record) ? d.withNoSource() : d;
    }

    private Details kind(Entity record) {
        if (record instanceof Place p) {
            return places.build(p);
        }
        if (record instanceof Country c) {
            return countries.build(c);
        }
        if (record instanceof Event e) {
            return events.build(e);
        }
        if (record instanceof Organisation o) {
            return organisations.build(o);
        }
        if (record instanceof Person p) {
            return people.build(p);
        }
        throw new IllegalArgumentException("no details for a " + record.getClass().getSimpleName());
    }
}
