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
 * The "+ New place" above a table view that opens the form of a new record of the view's kind: its text names
 * the kind, its tooltip the key (Ctrl+N); while New is unavailable the button is disabled and its tooltip says
 * why (the tooltip sits on the button's holder, since a disabled control shows none). The bar is one small
 * button high, so the table loses as little height as it can.
 */
public final class NewRecordButton {
    private NewRecordButton() {
    }

    /** The view under a thin bar holding the "+ New place" of a new record of {@code kind}. */
    public static Node above(Node view, RecordCommands commands, Class<? extends Record> kind, Messages m) {
        String text = m.get(RecordKind.of(kind).newKey());
        var add = new Button("+ " + text);
        add.setId("new" + kind.getSimpleName());
        add.getStyleClass().addAll("new-record", "flat", "small");
        add.setMinWidth(Button.USE_PREF_SIZE);
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
