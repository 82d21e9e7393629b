package app.delegations;

import app.delegations.data.DatasetLoader;
import app.delegations.data.LoadResult;
import app.delegations.model.Place;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/** Composition root: loads the data and shows the window. (Skeleton: a plain list of places.) */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getUnnamed();
        var loader = new DatasetLoader();
        LoadResult result = args.isEmpty() ? loader.loadBundled() : loader.load(Path.of(args.get(0)));
        var list = new ListView<String>();
        result.dataset().ifPresent(d -> {
            for (Place p : d.places()) {
                list.getItems().add(p.names().in(Locale.getDefault()));
            }
        });
        stage.setTitle("Delegations");
        stage.setScene(new Scene(list, 800, 600));
        stage.show();
    }
}
