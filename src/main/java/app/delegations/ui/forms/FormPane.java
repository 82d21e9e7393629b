package app.delegations.ui.forms;

import app.delegations.ui.common.Listeners;
import app.delegations.ui.common.Messages;
import app.delegations.ui.common.RecordCommands;
import app.delegations.ui.common.Selection;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The detail pane with its forms: the details of the selection with an Edit button (and Enter on the details
 * themselves) while a record is selected; the open form in their place while one is open. Closing the form shows
 * the details again, of the selection as it then is.
 */
public final class FormPane extends StackPane {
    private final Forms forms;
    private final Node details;
    private final Messages m;
    private final Listeners listeners = new Listeners();
    private final StackPane editHolder;
    private FormView shown;

    public FormPane(Node details, Forms forms, Selection selection, Messages m) {
        this.forms = forms;
        this.details = details;
        this.m = m;
        forms.setMessages(m);
        setId("detailsPane");
        var edit = new Button(m.get("record.edit"));
        edit.setId("detailsEdit");
        edit.getStyleClass().addAll("small", "flat");
        edit.setAccessibleText(m.get("record.edit.accessible"));
        edit.disableProperty().bind(forms.availableProperty().not());
        edit.setOnAction(e -> forms.editSelected());
        var tip = new Tooltip();
        tip.setShowDuration(Duration.INDEFINITE);
        tip.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = forms.unavailableKeyProperty().get();
            return why == null ? m.get("record.edit.accessible") + " (" + RecordCommands.EDIT_KEY.getDisplayText()
                    + ", Enter)" : m.get(why);
        }, forms.unavailableKeyProperty()));
        editHolder = new StackPane(edit); // a disabled button shows no tooltip: its holder does
        Tooltip.install(editHolder, tip);
        editHolder.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(editHolder, Pos.TOP_RIGHT);
        StackPane.setMargin(editHolder, new Insets(6, 18, 0, 0));
        editHolder.visibleProperty().bind(selection.selectedProperty().isNotNull().and(forms.openProperty().isNull()));
        details.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Forms.EDIT_DETAILS_KEY.match(e) && e.getTarget() == details) {
                forms.editSelected();
                e.consume();
            }
        });
        getChildren().addAll(details, editHolder);
        listeners.follow(forms.openProperty(), this::show);
    }

    /** Stops following the forms and the selection. */
    public void dispose() {
        listeners.dispose();
        if (shown != null) {
            shown.dispose();
        }
    }

    private void show(FormModel form) {
        if (shown != null) {
            shown.dispose();
            getChildren().remove(shown);
            shown = null;
        }
        details.setVisible(form == null);
        if (form != null) {
            shown = new FormView(form, forms, m);
            getChildren().add(shown);
            shown.focusFirst();
        } else if (getScene() != null) {
            details.requestFocus();
        }
    }
}
