package app.delegations.ui.cite;

import app.delegations.text.Msg;
import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.forms.FormFrame;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * What the Cite for… and New source panes are both made of: labelled text fields bound both ways to the view
 * model, the list of what stops the action, the action's button (disabled while it may not be done) and Cancel
 * (Escape too); the panes pin the last three below their fields ({@link FormFrame}). Every binding and listener is let go with the pane's {@link Listeners}.
 */
final class PaneParts {
    private final Messages m;
    private final Listeners listeners;

    PaneParts(Messages m, Listeners listeners) {
        this.m = m;
        this.listeners = listeners;
    }

    /** A text field with its label above it (the label names it for a screen reader too). */
    VBox field(String id, String key, StringProperty property) {
        var label = new Label(m.get(key));
        var text = new TextField();
        text.setId(id);
        label.setLabelFor(text);
        text.setAccessibleText(m.get(key));
        text.textProperty().bindBidirectional(property);
        listeners.onDispose(() -> text.textProperty().unbindBidirectional(property));
        return new VBox(2, label, text);
    }

    /** What stops the action, one a line. */
    Label problems(String id, ObservableValue<List<Msg>> problems) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("cite-problems");
        label.setWrapText(true);
        listeners.follow(problems, list -> label.setText(list.stream().map(m::text)
                .collect(Collectors.joining("\n"))));
        return label;
    }

    /** The pane's action, possible while {@code possible} holds. */
    Button action(String id, String key, ObservableBooleanValue possible, Runnable action) {
        var button = new Button(m.get(key));
        button.setId(id);
        button.disableProperty().bind(Bindings.not(possible));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Cancel: the button, and Escape anywhere in {@code pane}. */
    Button cancel(String id, Node pane, Runnable cancel) {
        var button = new Button(m.get("cite.cancel"));
        button.setId(id);
        button.setCancelButton(true);
        button.setOnAction(e -> cancel.run());
        pane.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                k.consume();
            }
        });
        return button;
    }

    /** The fields of a pane, one under the other, with the margin both panes keep. */
    static VBox content(Node... fields) {
        var content = new VBox(8, fields);
        content.setPadding(new Insets(10));
        return content;
    }
}
