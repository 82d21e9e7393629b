package app.delegations.bench.pulse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows each table tab once (issue 16: the first showing of a table tab with a large archive), a dwell apart, on
 * the FX thread from {@link PulseGapPreloader}'s poll: Places, Countries, Events, People, Organisations (the one
 * shown at start-up first shown again only when it was not: the tour starts on the Map tab). With
 * {@code -Dpulse.tabs=true}; {@code pulse.tabDwellMs} (2000) between two tabs. The report gives, for each tab, the
 * longest gap between pulses from its showing to the next tab's, and the gaps over 33 ms in that span.
 */
final class TabTour {
    static final List<String> TABS = List.of("tabMap", "tabPlaces", "tabCountries", "tabEvents", "tabPeople",
            "tabOrganisations");
    private final long dwellNanos = Long.getLong("pulse.tabDwellMs", 2000) * 1_000_000L;
    private final List<long[]> shownAt = new ArrayList<>();
    private int next;
    private long last = -1;

    /** The tour when {@code pulse.tabs} is true, else null. */
    static TabTour fromProperties() {
        return Boolean.getBoolean("pulse.tabs") ? new TabTour() : null;
    }

    /** Shows the next tab when the dwell on the last one is over; true once every tab was shown and dwelt on. */
    boolean advance(long now) {
        if (last >= 0 && now - last < dwellNanos) {
            return false;
        }
        if (next == TABS.size()) {
            return true;
        }
        long at = System.nanoTime();
        if (ShownRows.showTab(TABS.get(next))) {
            shownAt.add(new long[] {next, at});
        }
        next++;
        last = at;
        return false;
    }

    /** Each tab shown: when, the longest gap between pulses until the next one, and that span's gaps over 33 ms. */
    String toJson(PulseGapRecorder recorder, long origin, long end) {
        var json = new StringBuilder();
        for (int i = 0; i < shownAt.size(); i++) {
            long from = shownAt.get(i)[1];
            long to = i + 1 < shownAt.size() ? shownAt.get(i + 1)[1] : end;
            var r = recorder.report(from, to);
            json.append(i == 0 ? "\n    " : ",\n    ").append(String.format(Locale.ROOT,
                    "{\"tab\": \"%s\", \"atMs\": %.1f, \"longestGapMs\": %.1f, \"gapsOver33ms\": %d, \"gapsOver50ms\": %d, \"gaps\": %s}",
                    TABS.get((int) shownAt.get(i)[0]), (from - origin) / 1e6, r.longestGapMs(), r.gapsOver33ms(),
                    r.gapsOver50ms(), PulseGapRecorder.toJson(r.listedGaps(), origin)));
        }
        return "[" + json + "]";
    }
}
