package app.delegations.ui.timeline;

import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.EventKind;
import app.delegations.model.Names;
import app.delegations.model.Participation;
import app.delegations.model.PlaceRole;
import app.delegations.ui.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Datasets for the timeline tests. The ids are those of the bundled congress ({@code TestData.congress()}, which
 * {@code BundledTimelineTest} and {@code TimelineTitlesTest} draw as the app shows it). {@link #congressShuffled()}
 * is that congress as a corner case: its events listed in reverse and the conference's children numbered in
 * another order, so that the layout, the arrow keys and the clicks are seen to follow day and order, not the
 * position in the file. {@link #large} spreads {@code count} events, exactly, over ten years with nesting three
 * deep: the scale tests count on both, and writing and loading a generated file of 100,000 records in each
 * would cost them most of their run.
 */
final class Fixtures {

    static final String CONGRESS = "congress-2016";
    static final String VISIT_UNIVERSITIES = "visit-it-universities-2016-11-29";
    static final String VISIT_CITY_UNITS = "visit-city-units-2016-11-29";
    static final String CONFERENCE = "conference-smolny-2016-11-30";
    static final String SUMMARY = "governor-summary-2016-11-30";
    static final String STRATEGY = "krakow-strategy-presentation-2016-11-30";
    static final String PORTALS = "krakow-portals-presentation-2016-11-30";

    static final LocalDate NOV_29 = TestData.NOV_29;
    static final LocalDate NOV_30 = TestData.NOV_30;

    /** The conference's children renumbered: the summary first, then the strategy, then the portals. */
    private static final Map<String, Integer> SHUFFLED_ORDER = Map.of(SUMMARY, 1, STRATEGY, 2, PORTALS, 3);

    private Fixtures() {
    }

    /**
     * The bundled congress with its events in reverse file order (the 29th's second visit before its first,
     * children before their parents) and the conference's children in the order summary, strategy, portals
     * (the file closes with the summary): laid out by day and order, 29 November is the congress, the
     * universities, the city units; 30 November the conference, the summary, the strategy, the portals.
     */
    static Dataset congressShuffled() {
        Dataset congress = TestData.congress();
        var events = new ArrayList<Event>();
        for (Event e : congress.events()) {
            int order = SHUFFLED_ORDER.getOrDefault(e.id(), e.order());
            events.add(0, new Event(e.id(), e.kind(), e.title(), e.parent(), e.start(), e.end(), order, e.venue(),
                    e.place(), e.description(), e.participants(), e.people(), e.organisations(), e.evidence()));
        }
        return new Dataset(congress.schemaVersion(), congress.sources(), congress.countries(), congress.places(),
                congress.venues(), congress.organisations(), congress.people(), events);
    }

    /**
     * {@code count} events over ten years from 2016, seeded: congresses of 1–4 days holding conferences (which
     * hold presentations and summaries) and visits, plus stand-alone meetings.
     */
    static Dataset large(int count, long seed) {
        var random = new Random(seed);
        var kinds = EventKind.values();
        var events = new ArrayList<Event>(count);
        LocalDate first = LocalDate.of(2016, 1, 1);
        while (events.size() < count) {
            LocalDate day = first.plusDays(random.nextInt(3650));
            if (random.nextInt(4) == 0) {
                events.add(event("m" + events.size(), kinds[random.nextInt(kinds.length)], null, day, day,
                        1 + random.nextInt(3), "Spotkanie " + events.size(), "Meeting " + events.size()));
                continue;
            }
            String congress = "c" + events.size();
            int days = 1 + random.nextInt(4);
            events.add(event(congress, EventKind.CONGRESS, null, day, day.plusDays(days - 1), 1,
                    "Kongres " + congress, "Congress " + congress));
            for (int d = 0; d < days && events.size() < count; d++) {
                int order = 1;
                for (int v = random.nextInt(3); v > 0 && events.size() < count; v--) {
                    events.add(event("v" + events.size(), EventKind.VISIT, congress, day.plusDays(d),
                            day.plusDays(d), order++, "Wizyta " + events.size(), "Visit " + events.size()));
                }
                if (random.nextBoolean() && events.size() < count) {
                    String conference = "k" + events.size();
                    events.add(event(conference, EventKind.CONFERENCE, congress, day.plusDays(d), day.plusDays(d),
                            order, "Konferencja " + conference, "Conference " + conference));
                    for (int p = 1; p <= 1 + random.nextInt(5) && events.size() < count; p++) {
                        events.add(event("p" + events.size(), p == 1 ? EventKind.SUMMARY : EventKind.PRESENTATION,
                                conference, day.plusDays(d), day.plusDays(d), p,
                                "Prezentacja " + events.size(), "Presentation " + events.size()));
                    }
                }
            }
        }
        return dataset(events);
    }

    static Dataset dataset(List<Event> events) {
        return new Dataset(Dataset.SCHEMA_VERSION, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), events);
    }

    static Event event(String id, EventKind kind, String parent, LocalDate start, LocalDate end, int order,
                       String pl, String en, String... places) {
        var participants = new ArrayList<Participation>();
        for (String place : places) {
            participants.add(new Participation(place, PlaceRole.PARTICIPANT, List.of()));
        }
        return new Event(id, kind, new Names(pl, en, en), parent, start, end, order, null, null, null,
                participants, List.of(), List.of(), List.of());
    }
}
