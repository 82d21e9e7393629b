package app.delegations.bench.startup;

import app.delegations.bench.pulse.ShownRows;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Preloader;
import javafx.stage.Stage;

/**
 * Times a start-up from inside, without changing the program: started by JavaFX as
 * {@code -Djavafx.preloader=app.delegations.bench.startup.StartupProbe} before the application, it checks at
 * every pulse whether a window shows and whether a table or list in it holds at least {@code probe.minRows}
 * rows (1: the data is on screen), then prints {@code probe: shown=MS data=MS} (milliseconds since
 * {@code probe.t0Micros}, the epoch time in µs the caller took just before starting the process) and ends
 * the process. Same probe for the app and the floor, so its own small cost falls on both.
 */
public final class StartupProbe extends Preloader {
    private final long t0Micros = Long.getLong("probe.t0Micros", -1);
    private final int minRows = Integer.getInteger("probe.minRows", 1);
    private double shownMs = -1;

    @Override
    public void start(Stage stage) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                double ms = sinceStart();
                if (shownMs < 0 && ShownRows.anyWindowShowing()) {
                    shownMs = ms;
                }
                if (shownMs >= 0 && ShownRows.inShowingWindows() >= minRows) {
                    System.out.printf(Locale.ROOT, "probe: shown=%.1f data=%.1f%n", shownMs, ms);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
        }.start();
    }

    private double sinceStart() {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        return (micros - t0Micros) / 1000.0;
    }
}
