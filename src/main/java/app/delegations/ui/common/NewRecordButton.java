package app.delegations.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The "+ New place" above a table view that opens the form of a new record of the view's kind: its text names
 * the kind, its tooltip the key (Ctrl+N); while New is unavailable the button is disabled and its tooltip says
 * why (the tooltip sits on the button's holder, since a disabled control shows none). It stands at the end of the
 * table's {@link TableBar}, one small button high, beside the table's legend when there is one, so that the
 * table loses as little height as it can.
 */
public final class NewRecordButton {
    private NewRecordButton() {
    }

    /** The "+ New place" of a new record of {@code kind}, for the end of a table's {@link TableBar}. */
    public static Node of(RecordCommands commands, Class<? extends Record> kind, Messages m) {
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
        holder.setMinWidth(StackPane.USE_PREF_SIZE);
        Tooltip.install(holder, tip);
        add.setOnAction(e -> commands.newRecord(kind));
        return holder;
    }
}
