package app.delegations.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An export's progress in the window's corner ({@link NoticeLayer}): what is written, a progress bar and Cancel
 * (its mnemonic in the label). A node of the window, not a window of its own: showing it makes no native window, and
 * it does not block the window (the export writes a copy of the rows) nor take the focus.
 */
final class ExportProgressStrip extends VBox implements Dialogs.Progress {
    private final ProgressBar bar = new ProgressBar(0);
    private final Consumer<Node> gone;

    /** @param gone takes the strip out of the window (after Cancel, or once the work is over) */
    ExportProgressStrip(Messages m, String title, String text, Runnable cancel, Consumer<Node> gone) {
        this.gone = gone;
        setId("exportStrip");
        getStyleClass().addAll(NoticeLayer.CARD, "export-strip");
        var heading = new Label(title);
        heading.getStyleClass().add("title");
        heading.setWrapText(true); // a long title ("Export all tables to one Excel workbook") whole
        var label = new Label(text);
        label.setWrapText(true);
        bar.setId("exportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        var stop = new Button(m.get("export.cancel"));
        stop.setId("exportCancel");
        stop.setOnAction(e -> {
            cancel.run();
            close();
        });
        HBox.setHgrow(bar, Priority.ALWAYS);
        var row = new HBox(10, bar, stop);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, label, row);
    }

    @Override
    public void update(double fraction) {
        bar.setProgress(fraction);
    }

    @Override
    public void close() {
        gone.accept(this);
    }
}
