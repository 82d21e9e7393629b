package app.delegations;

import app.delegations.data.LoadResult;
import app.delegations.ui.TestData;
import app.delegations.ui.common.AppPreferences;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Opens the real window on the {@link TestData} congress, for looking at it (screenshots) before the bundled
 * data exists: {@code java -cp target/classes:target/test-classes:DEPS app.delegations.FixtureLauncher}.
 */
public final class FixtureLauncher {
    private FixtureLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(Fx.class, args);
    }

    /** The application class (kept apart from main so that JavaFX may sit on the classpath). */
    public static final class Fx extends Application {
        @Override
        public void start(Stage stage) {
            var prefs = AppPreferences.userNode("app/delegations-fixture");
            new App(new AppConfig(prefs, null, (file, progress) -> file == null
                    ? new LoadResult("congress-2016.json", TestData.congress(), List.of())
                    : AppConfig.loaderSource().load(file, progress), null, false, false)).start(stage);
        }
    }
}
