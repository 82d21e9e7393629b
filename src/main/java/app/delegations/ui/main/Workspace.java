package app.delegations.ui.main;

import app.delegations.model.Entity;
import app.delegations.model.Country;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Place;
import app.delegations.ui.common.Frames;
import app.delegations.ui.common.Pace;
import app.delegations.ui.common.Selection;
import app.delegations.ui.countries.CountriesViewModel;
import app.delegations.ui.details.DetailsViewModel;
import app.delegations.index.DatasetIndex;
import app.delegations.ui.filter.FilterModel;
import app.delegations.index.PlaceEntry;
import app.delegations.ui.places.PlacesViewModel;
import app.delegations.ui.source.SourceViewModel;
import app.delegations.ui.timeline.TimelineViewModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The view models of one window and what ties them together: a new {@link Snapshot} (file or language) goes
 * to each of them at once; the selection survives it by id; the events to highlight on the timeline follow
 * the selection (Kraków: its two presentations).
 */
public final class Workspace {
    private final MainViewModel main;
    private final FilterModel filter;
    private final Selection selection;
    private final PlacesViewModel places;
    private final CountriesViewModel countries;
    private final DetailsViewModel details;
    private final SourceViewModel source;
    private final TimelineViewModel timeline;
    private final ReadOnlyObjectWrapper<Set<String>> highlightedEvents =
            new ReadOnlyObjectWrapper<>(this, "highlightedEvents", Set.of());
    private final ReadOnlyObjectWrapper<Snapshot> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Frames frames;
    private DatasetIndex index = DatasetIndex.empty();
    private boolean syncingTimeline;
    /** Counts snapshots: the steps of one overtaken by a newer one stop. */
    private long applying;
    private boolean staging;
    private Entity restore;

    public Workspace(MainViewModel main, FilterModel filter, Selection selection, PlacesViewModel places,
                     CountriesViewModel countries, DetailsViewModel details, SourceViewModel source,
                     TimelineViewModel timeline) {
        this(main, filter, selection, places, countries, details, source, timeline, Frames.immediate());
    }

    /**
     * @param frames spreads a large new snapshot over frames, one step each: the filter, the Places rows, the
     *               other views, the timeline (laid out on its own thread)
     */
    public Workspace(MainViewModel main, FilterModel filter, Selection selection, PlacesViewModel places,
                     CountriesViewModel countries, DetailsViewModel details, SourceViewModel source,
                     TimelineViewModel timeline, Frames frames) {
        this.frames = frames;
        this.main = main;
        this.filter = filter;
        this.selection = selection;
        this.places = places;
        this.countries = countries;
        this.details = details;
        this.source = source;
        this.timeline = timeline;
        main.snapshotProperty().addListener((o, a, b) -> {
            if (b != null) {
                apply(b);
            }
        });
        selection.selectedProperty().addListener((o, a, b) -> updateHighlightedEvents());

        // the timeline shows the events of the places the filter leaves, highlights the selection's events,
        // and shares the selection both ways
        timeline.eventFilterProperty().bind(filter.eventPredicateProperty());
        timeline.highlightedEventIdsProperty().bind(highlightedEvents);
        timeline.selectedEventProperty().addListener((o, a, b) -> {
            if (!syncingTimeline && b != null) {
                selection.select(b);
            }
        });
        selection.selectedProperty().addListener((o, a, b) -> {
            syncingTimeline = true;
            try {
                timeline.selectedEventProperty().set(b instanceof Event e ? e : null);
            } finally {
                syncingTimeline = false;
            }
        });
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public MainViewModel main() {
        return main;
    }

    public FilterModel filter() {
        return filter;
    }

    public Selection selection() {
        return selection;
    }

    public PlacesViewModel places() {
        return places;
    }

    public CountriesViewModel countries() {
        return countries;
    }

    public DetailsViewModel details() {
        return details;
    }

    public SourceViewModel source() {
        return source;
    }

    public DatasetIndex index() {
        return index;
    }

    /** Spreads UI work over frames (the facets use it too). */
    public Frames frames() {
        return frames;
    }

    /**
     * The snapshot every view shows: it follows {@link MainViewModel#snapshotProperty()} once the last step of
     * applying it has run (null until the first).
     */
    public ReadOnlyObjectProperty<Snapshot> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Ids of the events the timeline highlights for the selection. */
    public ReadOnlyObjectProperty<Set<String>> highlightedEventsProperty() {
        return highlightedEvents.getReadOnlyProperty();
    }

    private void apply(Snapshot s) {
        long run = ++applying;
        if (!staging) {
            // the selection to find again in the new data (kept when a newer snapshot overtakes this one)
            restore = selection.get();
            staging = true;
        }
        Entity before = restore;
        // one step per frame (each holds the UI thread for tens of ms at 100,000 records): the filter with its
        // facets and counts, the Places rows, the other views, then the timeline (laid out on its own thread).
        // Small data (the bundled congress) is shown at once.
        Frames by = Pace.spreads(s.index().placesAndEvents()) ? frames : Frames.immediate();
        inFrames(by, run, () -> {
            index = s.index();
            selection.clear();
            filter.setIndex(s.index());
        }, () -> places.setRows(s.index(), s.rows()), () -> {
            countries.setData(s.index(), s.messages());
            details.setData(s.index(), s.messages());
            source.setData(s.dataset());
        }, () -> {
            timeline.localeProperty().set(s.messages().locale());
            // laid out with the data, off the UI thread, for the filter off (the usual case)
            timeline.setDataset(s.dataset(), filter.activeProperty().get() ? null : s.timeline());
            Entity again = sameRecord(s.dataset(), before);
            if (again != null) {
                selection.select(again);
            }
            updateHighlightedEvents();
            staging = false;
            restore = null;
            shown.set(s);
        });
    }

    /** Runs the steps one per frame, in order, each after the frames its predecessor asked for; stops when a newer run starts. */
    private void inFrames(Frames by, long run, Runnable... steps) {
        step(by, run, steps, 0);
    }

    private void step(Frames by, long run, Runnable[] steps, int i) {
        if (i < steps.length) {
            by.later(() -> {
                if (run == applying) {
                    steps[i].run();
                    step(by, run, steps, i + 1);
                }
            });
        }
    }

    /** The record with the same id in the new dataset, if it is still there. */
    private static Entity sameRecord(Dataset d, Entity r) {
        if (r instanceof Place p) {
            return d.place(p.id()).orElse(null);
        }
        if (r instanceof Country c) {
            return d.country(c.code()).orElse(null);
        }
        if (r instanceof Event e) {
            return d.event(e.id()).orElse(null);
        }
        return null;
    }

    private void updateHighlightedEvents() {
        Entity r = selection.get();
        var ids = new LinkedHashSet<String>();
        if (r instanceof Place p) {
            ids.addAll(index.mostSpecificEvents(p.id()));
        } else if (r instanceof Country c) {
            for (PlaceEntry e : index.entries()) {
                if (e.place().country().equals(c.code())) {
                    ids.addAll(index.mostSpecificEvents(e.id()));
                }
            }
        }
        highlightedEvents.set(Set.copyOf(ids));
    }
}
