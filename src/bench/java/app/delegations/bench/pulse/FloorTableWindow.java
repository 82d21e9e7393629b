package app.delegations.bench.pulse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The pulse-gap floor of issue 5 for an app started on a large file: the least JavaFX itself costs when a
 * window is shown with an empty table and, after a load on a background thread, the table gets its rows.
 * Plain JavaFX (Modena, default cells, five text columns like the Places table), no data format, no filter,
 * no timeline. The "load" keeps one core busy for {@code floor.loadMs} (2000) — as the app's loader does —
 * then makes {@code floor.rows} (29,988, the places of the 100,000-record file) rows and gives them to the
 * table in one go, or with {@code floor.firstRows=N} first N of them alone and all two pulses later (the least
 * any table pays to show its first rows). Started by {@code MODE=floor src/bench/scripts/pulse-gap.sh} under the same
 * {@link PulseGapPreloader} as the app, so both reports count the same gaps.
 */
public final class FloorTableWindow extends Application {
    public static final String TITLE = "Delegations floor";

    private record Row(String name, String nativeName, String kind, String country, String role) {
    }

    @Override
    public void start(Stage stage) {
        var table = new TableView<Row>();
        table.getColumns().setAll(List.of(
                column("Name", Row::name), column("Native name", Row::nativeName), column("Kind", Row::kind),
                column("Country", Row::country), column("Role", Row::role)));
        table.setPlaceholder(new Label("Loading…"));
        int rows = Integer.getInteger("floor.rows", 29_988);
        int first = Integer.getInteger("floor.firstRows", 0);
        long loadNanos = Long.getLong("floor.loadMs", 2000) * 1_000_000L;
        var loader = new Thread(() -> {
            long end = System.nanoTime() + loadNanos;
            long sink = 0;
            while (System.nanoTime() < end) { // a core kept busy, as by the app's loader
                sink += new StringBuilder().append(sink).toString().hashCode();
            }
            var list = new ArrayList<Row>(rows);
            for (int i = 0; i < rows; i++) {
                list.add(new Row("Place " + i, "Miejsce " + i, i % 3 == 0 ? "region" : "city",
                        "PL Polska", i % 5 == 0 ? "host" : "participant"));
            }
            long keep = sink;
            Platform.runLater(() -> {
                table.setUserData(keep);
                if (first <= 0 || first >= list.size()) {
                    table.getItems().setAll(list);
                    return;
                }
                // the first rows alone, the rest once they are drawn (two pulses later)
                table.getItems().setAll(list.subList(0, first));
                new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        if (++pulses == 2) {
                            stop();
                            Platform.runLater(() -> table.getItems().setAll(list));
                        }
                    }
                }.start();
            });
        }, "floor-loader");
        loader.setDaemon(true);
        loader.start();
        stage.setTitle(TITLE);
        stage.setScene(new Scene(table, 1280, 800));
        stage.show();
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> text) {
        var c = new TableColumn<Row, String>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setPrefWidth(180);
        return c;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
