package app.delegations.ui.cite;

import app.delegations.data.RecordEvidence;
import app.delegations.model.Dataset;
import app.delegations.model.Entity;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.Selection;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * View › Records without a source, beside the source's text: the records whose own evidence is empty ("no
 * source yet"), in the order of the data, with their kind; selecting one selects it in the window (the detail
 * pane shows it, marked "no source yet"), so that it can be cited from the note shown. A venue is listed but
 * has no details of its own to select. Follows the data: a record cited leaves the list. Escape or Close hides it.
 */
public final class UnsourcedPane extends VBox {
    private final Messages m;
    private final Listeners listeners = new Listeners();
    private final ObservableList<Record> records = FXCollections.observableArrayList();
    private final Label heading = new Label();

    /**
     * @param data  the records shown in the window
     * @param close hides the pane
     */
    public UnsourcedPane(ObservableValue<Dataset> data, Selection selection, Messages messages, Runnable close) {
        this.m = messages;
        setId("unsourcedPane");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(300);
        heading.getStyleClass().add("details-heading");
        heading.setId("unsourcedHeading");
        heading.setWrapText(true);
        var list = new ListView<>(records);
        list.setId("unsourcedList");
        list.setAccessibleText(m.get("unsourced.title"));
        list.setPlaceholder(new Label(m.get("unsourced.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Record r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.format("cite.record.label",
                        CitedRecords.names(r).in(m.locale()), m.get(CitedRecords.kindKey(r))));
            }
        });
        listeners.onChange(list.getSelectionModel().selectedItemProperty(), (o, a, r) -> {
            if (r instanceof Entity e) {
                selection.select(e);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        var closeButton = new Button(m.get("unsourced.close"));
        closeButton.setId("unsourcedClose");
        closeButton.setOnAction(e -> close.run());
        getChildren().addAll(heading, list, closeButton);
        listeners.follow(data, d -> {
            records.setAll(d == null ? List.of() : RecordEvidence.unsourced(d));
            heading.setText(m.count("unsourced.heading", records.size()));
        });
        addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                close.run();
                k.consume();
            }
        });
    }

    /** Stops following the data. */
    public void dispose() {
        listeners.dispose();
    }
}
