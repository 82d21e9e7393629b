package app.delegations.ui.common;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The "+" above a table view that opens the form of a new record of the view's kind: its accessible text and
 * tooltip name the kind and the key (Ctrl+N); while New is unavailable the button is disabled and its tooltip
 * says why (the tooltip sits on the button's holder, since a disabled control shows none).
 */
public final class NewRecordButton {
    private NewRecordButton() {
    }

    /** The view under a thin bar holding the "+" of a new record of {@code kind} (its text: "New place"). */
    public static Node above(Node view, RecordCommands commands, Class<? extends Record> kind, Messages m) {
        var add = new Button("+");
        add.setId("new" + kind.getSimpleName());
        add.getStyleClass().addAll("new-record", "flat");
        String text = m.get(RecordKind.of(kind).newKey());
        add.setAccessibleText(text);
        add.disableProperty().bind(commands.availableProperty().not());
        var tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = commands.unavailableKeyProperty().get();
            return why == null ? text + " (" + RecordCommands.NEW_KEY.getDisplayText() + ")" : m.get(why);
        }, commands.unavailableKeyProperty()));
        tip.setShowDuration(Duration.INDEFINITE);
        var holder = new StackPane(add); // a disabled control shows no tooltip: its holder does
        Tooltip.install(holder, tip);
        add.setOnAction(e -> commands.newRecord(kind));
        var bar = new HBox(holder);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("new-record-bar");
        VBox.setVgrow(view, Priority.ALWAYS);
        var box = new VBox(bar, view);
        box.setFillWidth(true);
        return box;
    }
}
