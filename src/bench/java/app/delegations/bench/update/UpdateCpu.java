package app.delegations.bench.update;

import app.delegations.bench.BenchData;
import app.delegations.data.LoadResult;
import app.delegations.model.Dataset;
import app.delegations.model.Event;
import app.delegations.model.Names;
import app.delegations.ui.RecordingDialogs;
import app.delegations.ui.TestPrefs;
import app.delegations.ui.cite.ReadOnlyEditing;
import app.delegations.ui.common.AppPreferences;
import app.delegations.ui.common.DatasetStep;
import app.delegations.ui.common.Frames;
import app.delegations.data.WorldCountries;
import app.delegations.ui.common.Selection;
import app.delegations.ui.common.UiLanguage;
import app.delegations.ui.common.ViewRegistry;
import app.delegations.ui.countries.CountriesFeature;
import app.delegations.ui.details.DetailsFeature;
import app.delegations.ui.figures.FiguresFeature;
import app.delegations.ui.forms.Forms;
import app.delegations.ui.events.EventsFeature;
import app.delegations.ui.filter.FilterFeature;
import app.delegations.ui.filter.FilterModel;
import app.delegations.ui.main.MainViewModel;
import app.delegations.ui.main.Workspace;
import app.delegations.ui.map.MapFeature;
import app.delegations.ui.organisations.OrganisationsFeature;
import app.delegations.ui.people.PeopleFeature;
import app.delegations.ui.places.PlacesFeature;
import app.delegations.ui.source.SourceFeature;
import app.delegations.ui.timeline.TimelineFeature;
import app.delegations.ui.timeline.TimelineViewModel;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Issue 14/15: one changed event in a 100,000-record dataset shown, as the window takes it on its UI thread: as an
 * <b>update</b> ({@link MainViewModel#showEdited}, the path of an edit and, since the incremental update, of a file
 * of the archive read again) against a <b>full</b> load of the same data ({@link MainViewModel#open}, the path of
 * every reload before). Every view model of the window is there as the app registers it (no nodes: the tables'
 * cells are not part of it), the timeline laying out a filtered layout on the loading thread's queue as the
 * window does (before 6 December 2026, 12:30 UTC it laid out on the UI thread here: with a filter set, that layout
 * was the longest UI-thread task measured; and the map and the figures were left out until 13:20 UTC the same day). The loading thread, the UI thread and the frames are queues this harness runs
 * itself, so that each piece of UI-thread work (one frame of {@link Workspace}'s phases, or the hand-over) is timed
 * alone as the thread's CPU time, and the loading thread's work separately. The two datasets differ in one event's
 * English title (as an officer's edit); the paths alternate as update, full, full, update.
 * <pre>
 * java -Xms3g -Xmx3g -Dbench.reuse=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     app.delegations.bench.update.UpdateCpu 100000 20
 * </pre>
 * Args: records (100000), rounds of four (20), after two rounds to warm up, the filters (none,search,facet); one line per path and filter (none,
 * a search, a country ticked): medians and p90 of the longest UI-thread task of a change, of the UI-thread total,
 * and of the loading thread's work and allocation ({@code getCurrentThreadAllocatedBytes}).
 */
public final class UpdateCpu {
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    private final ArrayDeque<Runnable> ui = new ArrayDeque<>();
    private final ArrayDeque<Runnable> frames = new ArrayDeque<>();
    private final FilterModel filter = new FilterModel();
    private final Selection selection = new Selection();
    private final MainViewModel main;
    private final Workspace workspace;
    private final AppPreferences prefs = TestPrefs.fresh();
    private Dataset source;

    /**
     * What one change cost: the longest UI-thread task, all of them, and the loading thread's work (ns CPU), and
     * what the loading thread allocated (bytes).
     */
    record Cost(long longest, long ui, long loading, long allocated) {
    }

    private UpdateCpu(Dataset first) {
        source = first;
        var places = new PlacesFeature(filter, selection);
        var sources = new SourceFeature(selection);
        var timeline = new TimelineViewModel();
        // as App: the timeline lays out a filtered layout on a thread of its own, not on the UI thread
        timeline.useBackgroundLayout(background::add, ui::add);
        var registry = new ViewRegistry()
                .left(new FilterFeature(filter))
                .view(places)
                .view(new CountriesFeature(filter, selection))
                .view(new TimelineFeature(timeline, filter, selection))
                .view(sources)
                .view(new OrganisationsFeature(filter, selection))
                .view(new EventsFeature(filter, selection))
                .view(new PeopleFeature(filter, selection))
                .view(new MapFeature(filter, selection))
                .view(new FiguresFeature(filter))
                .right(new DetailsFeature(selection, filter, sources,
                        Forms.inWindow(new ReadOnlyEditing(), selection, new WorldCountries(), new RecordingDialogs())));
        List<DatasetStep<?>> steps = registry.steps();
        Frames queued = frames::add;
        main = new MainViewModel((file, progress) -> new LoadResult("bench.json", source, List.of()), background::add,
                ui::add, new RecordingDialogs(), prefs, UiLanguage.ENGLISH, steps, queued);
        workspace = new Workspace(main, selection, steps, queued);
        main.openBundled();
        run();
    }

    /** Runs every queued task: the UI thread's (each timed) before the loading thread's. */
    private Cost run() {
        long longest = 0;
        long total = 0;
        long loading = 0;
        long allocated = 0;
        while (true) {
            Runnable task = !frames.isEmpty() ? frames.poll() : ui.poll();
            boolean onUi = task != null;
            if (task == null) {
                task = background.poll();
            }
            if (task == null) {
                return new Cost(longest, total, loading, allocated);
            }
            long c0 = cpu();
            long a0 = allocated();
            task.run();
            long c = cpu() - c0;
            long a = allocated() - a0;
            if (onUi) {
                longest = Math.max(longest, c);
                total += c;
            } else {
                loading += c;
                allocated += a;
            }
        }
    }

    private Cost update(Dataset next, Event changed) {
        main.showEdited(next, List.of(changed));
        return run();
    }

    private Cost full(Dataset next) {
        source = next;
        main.openBundled();
        return run();
    }

    private static final Method CPU;
    private static final Method ALLOCATED;
    private static final Object MX;

    static {
        try {
            // java.management is reached by name (the app's module does not read it), as in DateRangeCpu
            MX = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            CPU = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
            ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The bytes the current thread allocated so far. */
    private static long allocated() {
        try {
            return (long) ALLOCATED.invoke(MX);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long cpu() {
        try {
            return (long) CPU.invoke(MX);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code d} with its event of {@code e}'s id replaced by {@code e}. */
    static Dataset with(Dataset d, Event e) {
        var events = new ArrayList<>(d.events());
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(e.id())) {
                events.set(i, e);
            }
        }
        return new Dataset(d.schemaVersion(), d.sources(), d.countries(), d.places(), d.venues(), d.organisations(),
                d.people(), events);
    }

    /** The event under another English title. */
    static Event retitled(Event e, String en) {
        Names t = e.title();
        return new Event(e.id(), e.kind(), new Names(t.pl(), en, t.nativeName(), t.aliases()), e.parent(), e.start(),
                e.end(), e.order(), e.venue(), e.place(), e.description(), e.participants(), e.people(),
                e.organisations(), e.evidence());
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Dataset a = BenchData.load(BenchData.standard(records));
        Event original = a.events().get(a.events().size() / 2);
        Event edited = retitled(original, original.title().en() + " (edited)");
        Dataset b = with(a, edited);
        String[] filters = args.length > 2 ? args[2].split(",") : new String[] {"none", "search", "facet"};
        for (String f : filters) {
            var h = new UpdateCpu(a);
            switch (f) {
                case "none" -> { }
                case "search" -> h.filter.searchTextProperty().set("sta");
                case "facet" -> h.filter.countries().add(a.places().get(0).country());
                default -> throw new IllegalArgumentException(f);
            }
            h.run();
            var updates = new ArrayList<Cost>();
            var fulls = new ArrayList<Cost>();
            boolean atA = true;
            for (int round = 0; round < rounds + 2; round++) {
                for (int step = 0; step < 4; step++) {
                    boolean update = step == 0 || step == 3;
                    Dataset next = atA ? b : a;
                    Event changed = atA ? edited : original;
                    Cost c = update ? h.update(next, changed) : h.full(next);
                    atA = !atA;
                    if (round >= 2) {
                        (update ? updates : fulls).add(c);
                    }
                }
            }
            print("update", f, updates);
            print("full", f, fulls);
            TestPrefs.remove(h.prefs);
        }
    }

    private static void print(String path, String filter, List<Cost> costs) {
        System.out.printf(Locale.ROOT, "%-6s %-6s longest UI task %s | UI total %s | loading thread %s, allocated %s"
                        + " | %d changes | load %s%n", path, filter, stats(costs, Cost::longest), stats(costs, Cost::ui),
                stats(costs, Cost::loading), megabytes(costs), costs.size(), loadAverage());
    }

    private static String stats(List<Cost> costs, ToLongFunction<Cost> of) {
        long[] v = costs.stream().mapToLong(of).sorted().toArray();
        return String.format(Locale.ROOT, "median %.2f ms, p90 %.2f", v[v.length / 2] / 1e6, v[v.length * 9 / 10] / 1e6);
    }

    private static String megabytes(List<Cost> costs) {
        long[] v = costs.stream().mapToLong(Cost::allocated).sorted().toArray();
        return String.format(Locale.ROOT, "median %.1f MB, p90 %.1f", v[v.length / 2] / 1e6, v[v.length * 9 / 10] / 1e6);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
