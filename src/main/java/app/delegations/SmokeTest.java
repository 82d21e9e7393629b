package app.delegations;

import app.delegations.data.Problem;
import app.delegations.ui.common.Dialogs;
import app.delegations.ui.common.FileKind;
import app.delegations.ui.main.Snapshot;
import app.delegations.ui.places.PlacesFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.TableRow;
import javafx.util.Duration;

/**
 * {@code delegations --smoke-test}: opens the window, waits for the data and the first layout that shows it,
 * checks that the Places table shows every place, prints {@code smoke test: 15 places shown} and exits 0;
 * exits 1 when loading fails, nothing is shown, or nothing happens within the time limit.
 */
final class SmokeTest {
    static final Duration LIMIT = Duration.seconds(60);

    private final App app;
    private boolean done;

    private String lastFailure;

    SmokeTest(App app) {
        this.app = app;
    }

    void start() {
        var timeout = new PauseTransition(LIMIT);
        timeout.setOnFinished(e -> finish(1, lastFailure != null ? lastFailure
                : "smoke test: failed, no data shown after " + (int) LIMIT.toSeconds() + " s"));
        timeout.play();
        app.workspace().currentProperty().addListener((o, a, s) -> {
            if (s != null) {
                checkAfterLayout(s);
            }
        });
    }

    private void checkAfterLayout(Snapshot s) {
        var scene = app.stage().getScene();
        Runnable[] check = new Runnable[1];
        // checked after each layout until the table shows every place (an empty table fills over a few frames)
        check[0] = () -> {
            String failure = check(app, s);
            if (failure == null) {
                scene.removePostLayoutPulseListener(check[0]);
                finish(0, "smoke test: " + s.dataset().places().size() + " places shown");
            } else {
                lastFailure = failure;
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    /**
     * Null when the Places table holds every place of the data and has drawn rows of them; else what is wrong.
     * Call on the JavaFX thread after a layout.
     */
    static String check(App app, Snapshot s) {
        var table = app.views().views().stream().filter(PlacesFeature.class::isInstance).map(PlacesFeature.class::cast)
                .findFirst().orElseThrow().view().table();
        int expected = s.dataset().places().size();
        int items = table.getItems().size();
        long rendered = table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && n.isVisible()).count();
        if (expected > 0 && items == expected && rendered > 0) {
            return null;
        }
        return "smoke test: failed, " + items + " of " + expected + " places in the table, " + rendered + " rows drawn";
    }

    private void finish(int code, String message) {
        if (done) {
            return;
        }
        done = true;
        (code == 0 ? System.out : System.err).println(message);
        try {
            app.workspace().main().preferences().node().removeNode();
        } catch (Exception | Error ignored) {
            // nothing to clean up
        }
        Platform.exit();
        System.exit(code);
    }


    /** Dialogs that print instead of waiting for a person, and fail the smoke test. */
    static final class ConsoleDialogs implements Dialogs {
        @Override
        public Optional<Path> chooseDataFile(Path initialFolder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title, Path initialFolder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String question) {
            return false;
        }

        @Override
        public int choose(String title, String message, List<String> choices) {
            return choices.size() - 1; // the cancelling choice: a smoke test changes nothing
        }

        @Override
        public void showProblems(String file, List<Problem> problems) {
            problems.forEach(p -> System.err.println(p.format()));
            System.err.println("smoke test: failed, " + file + " did not load");
            Platform.exit();
            System.exit(1);
        }

        @Override
        public void showError(String title, String message, String details) {
            System.err.println(title + ": " + message);
            System.err.println(details);
            System.err.println("smoke test: failed");
            Platform.exit();
            System.exit(1);
        }

        @Override
        public void showInfo(String title, String header, String text) {
            System.out.println(header);
        }
    }
}
