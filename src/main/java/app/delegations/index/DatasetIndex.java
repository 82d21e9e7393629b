package app.delegations.index;

import app.delegations.data.Checkpoint;
import app.delegations.data.LoadCancelled;
import app.delegations.data.Work;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Organisation;
import app.delegations.model.PlaceRole;
import app.delegations.text.TextFold;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The relations the views share, computed once per dataset (off the UI thread) and read-only after: who took
 * part in each event (an event without participants inherits its parent's, see {@link EventRelations}), which
 * events each place took part in, a {@link PlaceEntry} per place with the filter's {@link Columns}
 * ({@link PlaceEntries}), the texts the search looks in, the events' dates and each place's meetings
 * ({@link PlaceMeetings}). Built in time and memory linear in the file, whatever its shape.
 * The build asks its {@link Checkpoint} after every {@link Work#CHECK_EVERY} units of work.
 */
public final class DatasetIndex {
    private final Dataset dataset;
    private final EventRelations relations;
    private final PlaceEntries places;
    private final SearchTexts searchTexts;
    private final EventDates dates;
    private final PlaceMeetings meetings;

    /** Tells the day up to which a place's meetings have been held ({@link PlaceMeetings#latest}). */
    private final Clock clock;

    private DatasetIndex(Dataset dataset, Work work, DatasetIndex before, Clock clock) {
        this.dataset = dataset;
        this.clock = clock;
        this.relations = new EventRelations(dataset, work);
        this.places = new PlaceEntries(dataset, work, before == null ? null : before.places);
        this.searchTexts = before == null ? new SearchTexts(dataset, work)
                : new SearchTexts(dataset, work, before.searchTexts, before.dataset);
        this.dates = new EventDates(dataset.events(), relations::participants, places::entry, work);
        this.meetings = new PlaceMeetings(dataset.events(), dates, places.entries(), places::entry, work,
                LocalDate.now(clock));
    }

    public static DatasetIndex build(Dataset dataset) {
        return build(dataset, Checkpoint.NONE);
    }

    /**
     * Builds the index, asking {@code checkpoint} after every {@link Work#CHECK_EVERY} units of work; throws
     * {@link LoadCancelled} when it says the load is cancelled.
     */
    public static DatasetIndex build(Dataset dataset, Checkpoint checkpoint) {
        return build(dataset, checkpoint, Clock.systemDefaultZone());
    }

    /**
     * {@link #build(Dataset, Checkpoint)} on the day {@code clock} tells: each place's latest meeting is the latest
     * begun on that day or before (an archive may hold planned meetings, dated later).
     */
    public static DatasetIndex build(Dataset dataset, Checkpoint checkpoint, Clock clock) {
        return new DatasetIndex(dataset, new Work(checkpoint), null, clock);
    }

    /**
     * The index of {@code next}, an update of {@code before}'s dataset (an edit, a file of the archive read
     * again): it answers every query as {@link #build} of {@code next} does, and takes from {@code before} what
     * depends on one record alone (its folded search texts) for every record that is the same object in both,
     * so that the texts folded are those of the records the update changed. Asks {@code checkpoint} as
     * {@link #build} does; the day is told by {@code before}'s clock.
     */
    public static DatasetIndex updated(DatasetIndex before, Dataset next, Checkpoint checkpoint) {
        return new DatasetIndex(next, new Work(checkpoint), before, before.clock);
    }

    public static DatasetIndex empty() {
        return build(Dataset.empty());
    }

    public Dataset dataset() {
        return dataset;
    }

    /** One entry per place, in the file's order: entry {@code i} has {@link PlaceEntry#index()} {@code i}. */
    public List<PlaceEntry> entries() {
        return places.entries();
    }

    /** The places and events together: the size by which the UI decides to spread work over frames. */
    public int placesAndEvents() {
        return places.entries().size() + dataset.events().size();
    }

    /** The entry of the first place with this id, or null. */
    public PlaceEntry entry(String placeId) {
        return places.entry(placeId);
    }

    /**
     * The places taking part in an event: its own participants, or else its parent's (recursively). Events
     * that inherit from the same event return the same list object.
     */
    public List<String> participants(Event event) {
        return relations.participants(event);
    }

    /** The events a place took part in, directly or through a parent event, in the file's order. */
    public List<Event> eventsOf(String placeId) {
        return relations.eventsOf(placeId);
    }

    /** The events directly inside an event, in the file's order. */
    public List<Event> children(Event event) {
        return relations.children(event);
    }

    /** The role a place is named with at an event, or null when it attends only through the parent. */
    public PlaceRole directRole(Event event, String placeId) {
        return EventRelations.directRole(event, placeId);
    }

    /**
     * The events that show best what a place did: those it is named in that contain no other event it is
     * named in (Kraków: its two presentations, not the whole congress; Sofia: the two visits and the conference).
     */
    public Set<String> mostSpecificEvents(String placeId) {
        return relations.mostSpecificEvents(placeId);
    }

    /** The filter's per-place inputs as arrays, by entry index. */
    public Columns columns() {
        return places.columns();
    }

    /** The folded code and names of each country of {@link #countryCodes()}: a search matches them too. */
    public String countrySearchText(int countryIndex) {
        return places.countrySearchText(countryIndex);
    }

    /** The distinct country codes of the places, in order of first appearance. */
    public List<String> countryCodes() {
        return places.countryCodes();
    }

    /** The events' days, years and participant lists as arrays, for the date filter. */
    public EventDates dates() {
        return dates;
    }

    /** Each place's number of meetings and its latest meeting held (begun up to the day of the build). */
    public PlaceMeetings meetings() {
        return meetings;
    }

    /** The folded texts the search looks in for events, people and organisations. */
    public SearchTexts searchTexts() {
        return searchTexts;
    }

    /**
     * What the search looks in for an organisation, folded: its names in every language and its description,
     * then, when it has a place this index holds, the place's searchable text and its country's names.
     */
    public String organisationSearchText(Organisation o) {
        var folded = new StringBuilder();
        for (String n : o.names().all()) {
            folded.append(TextFold.fold(n)).append('\n');
        }
        if (o.description() != null) {
            folded.append(TextFold.fold(o.description().pl())).append('\n')
                    .append(TextFold.fold(o.description().en())).append('\n');
        }
        PlaceEntry place = o.place() == null ? null : entry(o.place());
        if (place != null) {
            folded.append(place.folded()).append('\n').append(countrySearchText(place.countryIndex()));
        }
        return folded.toString();
    }
}
