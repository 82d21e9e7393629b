package app.delegations.ui;

import app.delegations.ui.common.AppPreferences;
import java.util.UUID;
import java.util.prefs.BackingStoreException;

/** Preferences under a node of their own per test, removed afterwards: tests never touch the user's. */
public final class TestPrefs {
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
