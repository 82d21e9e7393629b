package app.delegations.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/** Runs a harness's measurement on the JavaFX thread, prints what it returns (one JSON object) and ends JavaFX. */
public final class FxHarness {
    private FxHarness() {
    }

    public static void print(Callable<String> measure) throws Exception {
        var started = new CompletableFuture<Void>();
        Platform.startup(() -> started.complete(null));
        started.get();
        var result = new CompletableFuture<String>();
        Platform.runLater(() -> {
            try {
                result.complete(measure.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        System.out.println(result.get());
        Platform.exit();
    }
}
