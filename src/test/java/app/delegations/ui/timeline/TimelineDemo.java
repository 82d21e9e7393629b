package app.delegations.ui.timeline;

import app.delegations.ui.TestData;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the timeline on a fixture, for a person to look at (not a test):
 * {@code java -cp ... app.delegations.ui.timeline.TimelineDemo$Launcher [large|congress] [pl] [dark] [zoom=N]}.
 */
public final class TimelineDemo extends Application {

    @Override
    public void start(Stage stage) {
        var args = getParameters().getUnnamed();
        boolean polish = args.contains("pl");
        Application.setUserAgentStylesheet(args.contains("dark")
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        var vm = new TimelineViewModel();
        vm.localeProperty().set(polish ? Locale.forLanguageTag("pl-PL") : Locale.ENGLISH);
        vm.setDataset(args.contains("large") ? Fixtures.large(100_000, 42) : TestData.congress());
        vm.highlightedEventIdsProperty().set(Set.of(Fixtures.STRATEGY, Fixtures.PORTALS));
        var view = new TimelineView(vm, polish ? TimelineBundles.polish() : TimelineBundles.english());
        view.setDark(args.contains("dark"));
        stage.setTitle("Timeline demo");
        stage.setScene(new Scene(view, 1280, 520));
        stage.show();
        for (String a : args) {
            if (a.startsWith("zoom=")) {
                vm.zoomBy(Double.parseDouble(a.substring(5)), 640);
            }
            if (a.equals("select")) {
                vm.selectedEventProperty().set(vm.getLayout().item(vm.getLayout().indexOf(Fixtures.CONFERENCE))
                        .event());
            }
        }
    }

    /** A main outside the Application subclass, so that the JavaFX jars may sit on the classpath. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(TimelineDemo.class, args);
        }
    }
}
