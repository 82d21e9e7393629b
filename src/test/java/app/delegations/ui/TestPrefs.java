package app.delegations.ui;

import app.delegations.ui.common.AppPreferences;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;

/** Preferences under a node of their own per test, removed afterwards: tests never touch the user's. */
public final class TestPrefs {
    /**
     * Every key the app stores, each fed arbitrary text by {@code StoredPreferencesTest}.
     * {@code DamagedPreferencesTest} checks that a session of the real window writes no other key, so a new
     * preference cannot escape that test.
     */
    public static final List<String> STORED_KEYS = List.of("language", "theme", "lastFile", "lastFile.archive",
            "recent.0", "recent.1", "recent.2", "recent.3", "recent.4", "recent.5", "recent.6", "recent.7",
            "recent.0.archive", "recent.1.archive", "recent.2.archive", "recent.3.archive", "recent.4.archive",
            "recent.5.archive", "recent.6.archive", "recent.7.archive",
            "window.x", "window.y", "window.width", "window.height", "window.maximized", "window.dividers",
            "export.folder",
            "table.places", "table.places.widths.en", "table.places.widths.pl",
            "table.countries", "table.countries.widths.en", "table.countries.widths.pl",
            "table.organisations", "table.organisations.widths.en", "table.organisations.widths.pl",
            "table.events", "table.events.widths.en", "table.events.widths.pl",
            "table.people", "table.people.widths.en", "table.people.widths.pl");

    private TestPrefs() {
    }

    public static AppPreferences fresh() {
        return AppPreferences.userNode("app/delegations-test/" + UUID.randomUUID());
    }

    public static void remove(AppPreferences prefs) {
        try {
            prefs.node().removeNode();
            prefs.node().parent().flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
