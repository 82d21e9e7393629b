package app.delegations;

import java.util.Set;
import javafx.application.Application;

/** Starts JavaFX; kept apart from {@link Main} so that command-line commands never load JavaFX classes. */
final class DesktopLauncher {
    /** Options the window accepts. */
    static final Set<String> OPTIONS = Set.of(AppConfig.SMOKE_TEST);

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(App.class, args);
    }
}
