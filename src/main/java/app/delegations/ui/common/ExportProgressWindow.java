package app.delegations.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A small window over the main one while an export is written: what is written, a progress bar and Cancel (also
 * Esc and closing the window). It does not block the window: the export writes a copy of the rows.
 */
final class ExportProgressWindow implements Dialogs.Progress {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final ProgressBar bar = new ProgressBar(0);

    ExportProgressWindow(Window owner, Messages m, String title, String text, Runnable cancel) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        var label = new Label(text);
        label.setWrapText(true);
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        var stop = new Button(m.get("export.cancel"));
        stop.setId("exportCancel");
        stop.setCancelButton(true);
        stop.setOnAction(e -> {
            cancel.run();
            close();
        });
        stage.setOnCloseRequest(e -> cancel.run());
        var buttons = new HBox(stop);
        buttons.setStyle("-fx-alignment: center-right;");
        HBox.setHgrow(bar, Priority.ALWAYS);
        var box = new VBox(10, label, bar, buttons);
        box.setPadding(new Insets(14));
        box.setPrefWidth(420);
        stage.setScene(new Scene(box));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
    }

    @Override
    public void update(double fraction) {
        bar.setProgress(fraction);
    }

    @Override
    public void close() {
        stage.close();
    }
}
