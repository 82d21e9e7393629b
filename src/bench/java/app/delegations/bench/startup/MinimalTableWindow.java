package app.delegations.bench.startup;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The start-up floor of issue 5: the least a JavaFX window with one table costs on this JDK and JavaFX.
 * Started the plain way ({@code java --module-path <javafx jars> --add-modules javafx.controls -cp ...}) by
 * src/bench/scripts/startup.sh, which times it to its first shown window against the app's launcher.
 */
public final class MinimalTableWindow extends Application {
    /** The window title the start-up script waits for. */
    public static final String TITLE = "Minimal table window";

    private record Row(String name, String country) {
    }

    @Override
    public void start(Stage stage) {
        var table = new TableView<Row>(FXCollections.observableArrayList(
                new Row("Kraków", "PL"), new Row("Gdańsk", "PL"), new Row("Sofia", "BG"), new Row("Maribor", "SI"),
                new Row("Koszyce", "SK"), new Row("Zagrzeb", "HR"), new Row("Kragujevac", "RS"),
                new Row("St. Petersburg", "RU")));
        var name = new TableColumn<Row, String>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        var country = new TableColumn<Row, String>("Country");
        country.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().country()));
        table.getColumns().add(name);
        table.getColumns().add(country);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(table, 800, 600));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
